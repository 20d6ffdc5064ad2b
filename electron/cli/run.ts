import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { HarborError, type ErrorCode } from '../../shared/ipc/errors';
import { asVaultDamage, isVaultDamage } from '../../shared/vault/damage';
import { type ServicePorts, createServices } from '../services';
import { systemClock } from '../services/clock';
import type { CliCommand } from './command';
import { defaultVaultDir } from './default-vault-dir';
import { createPrompter } from './secrets';
import { UsageError } from './usage-error';
import {
  changePassphraseCommand,
  initCommand,
  recoverCommand,
  statsCommand,
  verifyCommand,
} from './commands/vault-commands';
import { deadlinesCommand, exportCommand, importCommand, seedCommand } from './commands/dossier-commands';
import { attachCommand, evidenceCommand, searchCommand } from './commands/evidence-commands';
import { boardCommand, flagsCommand } from './commands/board-commands';
import {
  backupCommand,
  bundleExportCommand,
  bundleImportCommand,
  restoreCommand,
  verifyBackupCommand,
} from './commands/safety-commands';
import { ccfApplicationCommand, packetCommand } from './commands/filing-commands';
import { pdfCommand } from './commands/pdf-command';
import { DEADLINE_COMMANDS } from './commands/deadline-commands';

export const EXIT = { ok: 0, failure: 1, usage: 2, wrongSecret: 3, vaultUnusable: 4 } as const;

const COMMANDS: readonly CliCommand[] = [
  initCommand,
  verifyCommand,
  statsCommand,
  changePassphraseCommand,
  recoverCommand,
  seedCommand,
  exportCommand,
  importCommand,
  deadlinesCommand,
  attachCommand,
  evidenceCommand,
  searchCommand,
  boardCommand,
  flagsCommand,
  backupCommand,
  verifyBackupCommand,
  restoreCommand,
  bundleExportCommand,
  bundleImportCommand,
  pdfCommand,
  ...DEADLINE_COMMANDS,
  packetCommand,
  ccfApplicationCommand,
];

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** Where the PDF engine is: the bundled worker for the built CLI; the sources (through tsx) by default. */
  servicePorts?: ServicePorts;
}

/** The name the CLI is installed under (package.json `bin`). */
export const CLI_NAME = 'safe-harbor';

/**
 * npm records the command line it runs, arguments included, in its own debug log (~/.npm/_logs, readable by other
 * programs): a search term or a client id passed through `npm run` or `npx` outlives the command, outside the vault.
 * `npx --logs-max=0` writes no log.
 */
function npmLogWarning(env: NodeJS.ProcessEnv): string | null {
  if (env.npm_config_logs_max === '0') return null;
  if (env.npm_lifecycle_event === 'cli') {
    return (
      'Warning: npm wrote these arguments to its debug log (~/.npm/_logs). "npm run cli" is a shortcut for ' +
      `development: run ${CLI_NAME} instead (npm link installs it; see the README).`
    );
  }
  if (env.npm_lifecycle_event === 'npx') {
    return (
      'Warning: npx wrote these arguments to npm’s debug log (~/.npm/_logs). Run ' +
      `"npx --logs-max=0 ${CLI_NAME} …", or install the command once with "npm link".`
    );
  }
  return null;
}

/** Runs one CLI command and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const warning = npmLogWarning(io.env);
  if (warning) io.stderr.write(`${warning}\n`);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  // A command of two words ("deadline add") is found by both.
  const twoWords = COMMANDS.find((c) => c.name === `${name} ${args[0] ?? ''}`);
  const command = twoWords ?? COMMANDS.find((c) => c.name === name);
  const rest = twoWords ? args.slice(1) : args;
  if (!command) {
    io.stderr.write(`Unknown command "${name}". Run "${CLI_NAME} help" for the list.\n`);
    return EXIT.usage;
  }

  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...rest],
      options: {
        vault: { type: 'string' },
        json: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        ...command.options,
      },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }

  const prompter = createPrompter(io.stdin, io.stderr);
  try {
    const vaultDir = typeof values.vault === 'string' ? values.vault : defaultVaultDir();
    await command.run({
      vaultDir,
      createServices: () => createServices(vaultDir, systemClock, io.servicePorts),
      json: values.json === true,
      flags: values,
      env: io.env,
      ask: prompter.ask,
      stdout: io.stdout,
      stderr: io.stderr,
    });
    return EXIT.ok;
  } catch (error) {
    const { code, message } = describe(error);
    io.stderr.write(`${message}\n`);
    return code;
  } finally {
    prompter.close();
  }
}

/** How to act on damage from the command line, after the message that names it. */
const DAMAGE_COMMANDS =
  `To check a backup: ${CLI_NAME} verify-backup --file BACKUP. To restore it: ${CLI_NAME} restore --file BACKUP ` +
  `--vault NEWDIR. The details: ${CLI_NAME} verify --verbose.`;

function describe(error: unknown): { code: number; message: string } {
  if (error instanceof UsageError) return { code: EXIT.usage, message: error.message };
  // SQLITE_CORRUPT or SQLITE_NOTADB from any command is the vault's damage, told the same way everywhere.
  if (isVaultDamage(error)) {
    return { code: EXIT.vaultUnusable, message: `${asVaultDamage(error).message}\n${DAMAGE_COMMANDS}` };
  }
  if (error instanceof HarborError) return { code: exitCodeFor(error.code), message: error.message };
  // Unexpected errors print their class only: a message could carry client data into a terminal log.
  return { code: EXIT.failure, message: `Failed (${error instanceof Error ? error.name : 'error'}).` };
}

function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_CODE':
      return EXIT.wrongSecret;
    case 'VAULT_MISSING':
    case 'VAULT_DAMAGED':
    case 'NOT_ENCRYPTED':
    case 'FILE_DAMAGED':
      return EXIT.vaultUnusable;
    case 'BAD_INPUT':
    case 'WEAK_PASSPHRASE':
      return EXIT.usage;
    default:
      return EXIT.failure;
  }
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Safe Harbor command line',
    '',
    `Usage: ${CLI_NAME} <command> [--vault DIR] [--json] [--passphrase-file FILE]`,
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `The vault folder defaults to ${defaultVaultDir()}.`,
    'Secrets come from HARBOR_PASSPHRASE, HARBOR_NEW_PASSPHRASE, HARBOR_RECOVERY_CODE and (backups, bundles)',
    'HARBOR_BACKUP_PASSPHRASE, a file, or a prompt; never from arguments.',
    'Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passphrase or recovery code, 4 vault missing or damaged',
    '(or a backup or bundle damaged, truncated or altered).',
    '',
    `Run it as ${CLI_NAME} (after "npm link"), "node dist/cli.cjs" or "npx --logs-max=0 ${CLI_NAME}". npm writes the`,
    'arguments of "npm run cli --" and plain "npx" (search terms, client ids) into its own debug log: "npm run cli"',
    'is a shortcut for development only.',
    '',
  ].join('\n');
}

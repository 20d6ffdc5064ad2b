import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { HarborError, type ErrorCode } from '../../shared/ipc/errors';
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
  packetCommand,
  ccfApplicationCommand,
];

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

/** Runs one CLI command and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`Unknown command "${name}". Run "npm run cli -- help" for the list.\n`);
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
    await command.run({
      vaultDir: typeof values.vault === 'string' ? values.vault : defaultVaultDir(),
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

function describe(error: unknown): { code: number; message: string } {
  if (error instanceof UsageError) return { code: EXIT.usage, message: error.message };
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
    'Usage: npm run -s cli -- <command> [--vault DIR] [--json] [--passphrase-file FILE]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `The vault folder defaults to ${defaultVaultDir()}.`,
    'Secrets come from HARBOR_PASSPHRASE, HARBOR_NEW_PASSPHRASE, HARBOR_RECOVERY_CODE and (backups, bundles)',
    'HARBOR_BACKUP_PASSPHRASE, a file, or a prompt; never from arguments.',
    'Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passphrase or recovery code, 4 vault missing or damaged',
    '(or a backup or bundle damaged, truncated or altered).',
    '',
  ].join('\n');
}

import { readSealedHeader } from '../../../db/sealed-file';
import { HarborError } from '../../../shared/ipc/errors';
import { BACKUP_MODES, type BackupMode } from '../../../shared/safety/backup';
import { BUNDLE_AUDIENCES, type BundleAudience, type BundleDiff } from '../../../shared/safety/bundle';
import { passphraseProblem } from '../../../shared/vault/passphrase';
import type { JobSecret } from '../../services/backup/jobs';
import { type CliCommand, type CliContext, emit } from '../command';
import { openServices } from '../open-services';
import { readNewSecret, readSecret } from '../secrets';
import { UsageError } from '../usage-error';

const BACKUP_PASSPHRASE_ENV = 'HARBOR_BACKUP_PASSPHRASE';

function stringFlag(ctx: CliContext, name: string): string | undefined {
  const value = ctx.flags[name];
  return typeof value === 'string' ? value : undefined;
}

function requiredFlag(ctx: CliContext, name: string): string {
  const value = stringFlag(ctx, name);
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

/** A new backup or bundle passphrase: from HARBOR_BACKUP_PASSPHRASE, or typed twice; held to the vault's rule. */
async function newFilePassphrase(ctx: CliContext, what: string): Promise<string> {
  const secret = await readNewSecret(ctx.ask, ctx.env, {
    envName: BACKUP_PASSPHRASE_ENV,
    prompt: `New ${what} passphrase: `,
  });
  const problem = passphraseProblem(secret);
  if (problem) throw new HarborError('WEAK_PASSPHRASE', `The ${what} passphrase is too weak: ${problem}`);
  return secret;
}

/** The secret that opens a backup, by what its header says protects it. */
async function backupSecret(ctx: CliContext, file: string): Promise<JobSecret> {
  const { header } = readSealedHeader(file, 'vault-backup');
  if (header.protection.mode === 'passphrase') {
    return {
      passphrase: await readSecret(ctx.ask, ctx.env, {
        envName: BACKUP_PASSPHRASE_ENV,
        prompt: 'Backup passphrase: ',
      }),
    };
  }
  // The vault's passphrase or its recovery code: either opens the key envelope the backup carries.
  const recoveryCode = ctx.env.HARBOR_PASSPHRASE ? undefined : ctx.env.HARBOR_RECOVERY_CODE;
  return {
    vaultSecret:
      recoveryCode ??
      (await readSecret(ctx.ask, ctx.env, {
        envName: 'HARBOR_PASSPHRASE',
        file: stringFlag(ctx, 'passphrase-file'),
        prompt: 'Passphrase or recovery code of the vault that made this backup: ',
      })),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary:
    'Back the vault up to one encrypted file (--out FILE [--mode vault-key|passphrase]); attachments included.',
  options: { out: { type: 'string' }, mode: { type: 'string' } },
  async run(ctx) {
    const out = requiredFlag(ctx, 'out');
    const mode = (stringFlag(ctx, 'mode') ?? 'vault-key') as BackupMode;
    if (!BACKUP_MODES.includes(mode)) throw new UsageError('--mode takes vault-key or passphrase.');
    await openServices(ctx, async (services) => {
      const passphrase = mode === 'passphrase' ? await newFilePassphrase(ctx, 'backup') : undefined;
      const { bytes, at } = await services.backups.backupTo(out, mode, passphrase);
      emit(
        ctx,
        { out, bytes, at, mode },
        `Backed up to ${out} (${megabytes(bytes)}), encrypted ${
          mode === 'vault-key'
            ? 'under the vault’s key: the vault’s passphrase or recovery code restores it'
            : 'under the backup passphrase'
        }.`,
      );
    });
  },
};

export const verifyBackupCommand: CliCommand = {
  name: 'verify-backup',
  summary:
    'Check a backup without restoring it: every part authenticated, the database inside intact (--file FILE).',
  options: { file: { type: 'string' } },
  async run(ctx) {
    const file = requiredFlag(ctx, 'file');
    const secret = await backupSecret(ctx, file);
    const report = await ctx.createServices().backups.verifyFile(file, secret);
    emit(
      ctx,
      { ok: true, ...report },
      `Backup OK: made ${report.createdAt}, ${report.chunks} part(s) authenticated, ` +
        `${report.dossiers} dossier(s), schema version ${report.schemaVersion}, integrity check passed.`,
    );
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary:
    'Restore a backup into a new, empty vault folder (--file FILE --vault NEWDIR); never over a vault.',
  options: { file: { type: 'string' } },
  async run(ctx) {
    const file = requiredFlag(ctx, 'file');
    if (typeof ctx.flags.vault !== 'string') throw new UsageError('--vault NEWDIR is required.');
    const secret = await backupSecret(ctx, file);
    const report = await ctx.createServices().backups.restoreInto(file, ctx.vaultDir, secret);
    emit(
      ctx,
      { restored: true, ...report },
      [
        `Restored the backup of ${report.createdAt} into ${report.location}: ${report.dossiers} dossier(s), ` +
          `schema version ${report.schemaVersion}.`,
        'It opens with the passphrase (or the recovery code) the vault had when it was backed up.',
      ].join('\n'),
    );
  },
};

export const bundleExportCommand: CliCommand = {
  name: 'bundle-export',
  summary:
    'Write one client’s case bundle for co-counsel (--client ID --scope counsel-team|court|ccf|public --out FILE).',
  options: { client: { type: 'string' }, scope: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const clientId = requiredFlag(ctx, 'client');
    const out = requiredFlag(ctx, 'out');
    const scope = requiredFlag(ctx, 'scope') as BundleAudience;
    if (!BUNDLE_AUDIENCES.includes(scope)) {
      throw new UsageError(
        `--scope takes ${BUNDLE_AUDIENCES.join(', ')} (client-only records never leave the vault).`,
      );
    }
    await openServices(ctx, async (services) => {
      const preview = services.bundles.preview(clientId, scope);
      if (!preview.allowed)
        throw new HarborError('BAD_INPUT', preview.reason ?? 'This dossier cannot be shared.');
      const passphrase = await newFilePassphrase(ctx, 'bundle');
      const { records, bytes } = await services.bundles.exportTo(out, clientId, scope, passphrase);
      emit(
        ctx,
        { out, records, excluded: preview.excluded, bytes, scope },
        `Wrote ${out}: ${records} record(s) for ${scope}, ${preview.excluded} left out by their sharing scope.`,
      );
    });
  },
};

export const bundleImportCommand: CliCommand = {
  name: 'bundle-import',
  summary:
    'Show what a case bundle changes, then apply it in one transaction (--file FILE [--dry-run] [--remove-missing]).',
  options: {
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'remove-missing': { type: 'boolean' },
  },
  async run(ctx) {
    const file = requiredFlag(ctx, 'file');
    readSealedHeader(file, 'case-bundle');
    // The bundle is opened before the vault: a damaged or foreign bundle is refused with the vault untouched.
    const passphrase = await readSecret(ctx.ask, ctx.env, {
      envName: BACKUP_PASSPHRASE_ENV,
      prompt: 'Bundle passphrase: ',
    });
    const content = await ctx.createServices().bundles.read(file, passphrase);
    await openServices(ctx, (services) => {
      const diff = services.bundles.diff(content);
      const removeMissing = ctx.flags['remove-missing'] === true;
      const applied =
        ctx.flags['dry-run'] === true ? null : services.bundles.applyContent(content, { removeMissing });
      emit(
        ctx,
        { diff, applied },
        [...describeDiff(diff, removeMissing), applied ? 'Applied.' : 'Dry run: nothing was changed.'].join(
          '\n',
        ),
      );
    });
  },
};

export function describeDiff(diff: BundleDiff, removeMissing: boolean): string[] {
  const list = (items: BundleDiff['added']) =>
    items.map((r) => `      ${r.label}${r.fields.length > 0 ? ` (${r.fields.join(', ')})` : ''}`);
  return [
    `Bundle for ${diff.audience}, exported ${diff.exportedAt}: ` +
      `${diff.action === 'new-client' ? 'a new client' : 'an update of'} ${diff.familyName.toUpperCase()}, ${diff.givenNames}`,
    ...(diff.clientFields.length > 0 ? [`  ~ profile: ${diff.clientFields.join(', ')}`] : []),
    `  + ${diff.added.length} record(s) added`,
    ...list(diff.added),
    `  ~ ${diff.changed.length} record(s) changed`,
    ...list(diff.changed),
    `  - ${diff.missing.length} record(s) not in the bundle ${removeMissing ? '(removed)' : '(kept; --remove-missing removes them)'}`,
    ...list(diff.missing),
    `  = ${diff.unchanged} unchanged; ${diff.visits} visit(s) with statements`,
  ];
}

import { HarborError } from '../../../shared/ipc/errors';
import { DAMAGE_ADVICE } from '../../../shared/vault/damage';
import { changePassphrase, unlockVault, verifyVault } from '../../../db/vault';
import { type CliCommand, emit } from '../command';
import { readNewSecret, readSecret } from '../secrets';
import { printNotices, readPassphrase } from '../open-services';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create a new encrypted vault and print its recovery code (shown once).',
  async run(ctx) {
    const file = typeof ctx.flags['passphrase-file'] === 'string' ? ctx.flags['passphrase-file'] : undefined;
    const secret =
      file || ctx.env.HARBOR_PASSPHRASE
        ? await readPassphrase(ctx)
        : await readNewSecret(ctx.ask, ctx.env, {
            envName: 'HARBOR_PASSPHRASE',
            prompt: 'New vault passphrase: ',
          });
    const services = ctx.createServices();
    const { recoveryCode } = await services.vault.create(secret);
    services.vault.lock('manual');
    emit(
      ctx,
      { recoveryCode },
      [
        `Vault created in ${ctx.vaultDir}`,
        '',
        `Recovery code: ${recoveryCode}`,
        '',
        'Print or write down the recovery code and keep it apart from this computer.',
        'It opens the vault if the passphrase is lost, and it will not be shown again.',
      ].join('\n'),
    );
  },
};

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary:
    'Check keys.json and every page in use; writes nothing (exit 4 when damaged; --verbose: SQLite’s own lines).',
  options: { verbose: { type: 'boolean' } },
  async run(ctx) {
    const report = await verifyVault(ctx.vaultDir, await readPassphrase(ctx));
    if (report.problems.length > 0) {
      if (ctx.flags.verbose === true) for (const line of report.details) ctx.stderr.write(`  ${line}\n`);
      throw new HarborError(
        'VAULT_DAMAGED',
        [
          'The vault failed its check:',
          ...report.problems.map((p) => `- ${p}`),
          DAMAGE_ADVICE,
          ...(ctx.flags.verbose === true ? [] : ['Run verify --verbose for SQLite’s own report.']),
        ].join('\n'),
      );
    }
    const keys = report.keys.checksums
      ? 'keys.json intact (both slots)'
      : 'keys.json well-formed (both slots; its checksums are added at the next passphrase change)';
    emit(
      ctx,
      { ok: true, ...report },
      `Vault OK: encrypted (${report.cipher}), schema version ${report.schemaVersion}, ${keys}, every page in use intact.`,
    );
  },
};

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'Row counts per table.',
  async run(ctx) {
    const vault = await unlockVault(ctx.vaultDir, await readPassphrase(ctx));
    printNotices(ctx, vault.notices);
    try {
      const tables = vault.db
        .prepare(
          `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
        )
        .pluck()
        .all() as string[];
      const counts = Object.fromEntries(
        tables.map((t) => [
          t,
          vault.db
            .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
            .pluck()
            .get(),
        ]),
      ) as Record<string, number>;
      const width = Math.max(...tables.map((t) => t.length));
      emit(
        ctx,
        { tables: counts },
        Object.entries(counts)
          .map(([t, n]) => `${t.padEnd(width)}  ${n}`)
          .join('\n'),
      );
    } finally {
      vault.close();
    }
  },
};

export const changePassphraseCommand: CliCommand = {
  name: 'change-passphrase',
  summary: 'Set a new passphrase (HARBOR_PASSPHRASE: current; HARBOR_NEW_PASSPHRASE: new).',
  async run(ctx) {
    const current = await readPassphrase(ctx);
    const next = await readNewSecret(ctx.ask, ctx.env, {
      envName: 'HARBOR_NEW_PASSPHRASE',
      prompt: 'New passphrase: ',
    });
    const changedAt = await changePassphrase(ctx.vaultDir, current, next);
    emit(ctx, { changedAt }, 'Passphrase changed. The recovery code is unchanged.');
  },
};

export const recoverCommand: CliCommand = {
  name: 'recover',
  summary: 'Open the vault with the recovery code and set a new passphrase.',
  async run(ctx) {
    const code = await readSecret(ctx.ask, ctx.env, {
      envName: 'HARBOR_RECOVERY_CODE',
      prompt: 'Recovery code: ',
    });
    const next = await readNewSecret(ctx.ask, ctx.env, {
      envName: 'HARBOR_NEW_PASSPHRASE',
      prompt: 'New passphrase: ',
    });
    const services = ctx.createServices();
    await services.vault.recover(code, next);
    services.vault.lock('manual');
    emit(
      ctx,
      { recovered: true },
      'Vault recovered: the new passphrase is set. The recovery code stays valid.',
    );
  },
};

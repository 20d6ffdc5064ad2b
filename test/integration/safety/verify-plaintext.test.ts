import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseKeyEnvelope } from '../../../db/key-envelope';
import { SealedWriter, chunkCount, newNoncePrefix, newProtection } from '../../../db/sealed-file';
import { createVault } from '../../../db/vault';
import { runJob } from '../../../electron/services/backup/jobs';
import { HarborError } from '../../../shared/ipc/errors';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

/**
 * A well-sealed file whose database inside is NOT encrypted (a forged or buggy backup): verifying and restoring refuse
 * it before writing a single byte of it to disk, so no plaintext temporary file ever exists.
 */
describe('a backup whose inner database is plaintext', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  it('is refused by verify and restore, and nothing is written', async () => {
    const root = join(dir, '..');
    const { vault } = await createVault(dir, PASSPHRASE);
    const dataKey = vault.copyDataKey();
    const keyEnvelope = parseKeyEnvelope(readFileSync(vault.paths.keys, 'utf8'));
    vault.close();
    if (!keyEnvelope) throw new Error('no envelope');

    const plainPath = join(root, 'plain.db');
    const plain = new Database(plainPath);
    plain.exec("CREATE TABLE clients (id TEXT); INSERT INTO clients VALUES ('Zhivkova')");
    plain.close();
    const body = readFileSync(plainPath);

    const { protection, keys } = await newProtection('vault-backup', { mode: 'vault-key', dataKey });
    const forged = join(root, 'forged.shbackup');
    const writer = SealedWriter.create(
      forged,
      {
        format: 'safe-harbor-sealed',
        kind: 'vault-backup',
        createdAt: new Date().toISOString(),
        protection,
        keyEnvelope,
        content: {
          type: 'sqlcipher-v4',
          bytes: body.length,
          chunkBytes: 1024 * 1024,
          chunks: chunkCount(body.length),
        },
        noncePrefix: newNoncePrefix(),
      },
      keys.body,
    );
    writer.push(body);
    writer.finish();

    const workDir = join(root, 'work');
    mkdirSync(workDir);
    for (const input of [
      { kind: 'verify' as const, file: forged, secret: { dataKey }, copyPath: join(workDir, 'check.tmp') },
      {
        kind: 'restore' as const,
        file: forged,
        secret: { vaultSecret: PASSPHRASE },
        targetDir: join(root, 'restored'),
      },
    ]) {
      const error = await runJob(input, () => undefined).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HarborError);
      expect((error as HarborError).code).toBe('FILE_DAMAGED');
      expect((error as HarborError).message).toBe(
        'The database inside this file is not encrypted, so Safe Harbor refuses it.',
      );
    }
    expect(readdirSync(workDir)).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['forged.shbackup', 'plain.db', 'vault', 'work']);
  });
});

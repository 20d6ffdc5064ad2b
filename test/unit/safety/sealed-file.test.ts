import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type SealedHeader,
  SealedWriter,
  chunkCount,
  keysFor,
  newNoncePrefix,
  newProtection,
  readSealedChunks,
  readSealedHeader,
} from '../../../db/sealed-file';
import { HarborError } from '../../../shared/ipc/errors';
import { backupReminder } from '../../../shared/safety/backup';
import { tempVaultDir } from '../../support/temp-vault';

const CHUNK = 4096;
const BODY = randomBytes(CHUNK * 4 + 1000);

describe('sealed container', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  const dataKey = randomBytes(32);

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    file = join(dir, '..', 'body.sealed');
    const { protection, keys } = await newProtection('vault-backup', { mode: 'vault-key', dataKey });
    const header: SealedHeader = {
      format: 'safe-harbor-sealed',
      kind: 'vault-backup',
      createdAt: '2026-11-25T12:00:00.000Z',
      protection,
      content: {
        type: 'sqlcipher-v4',
        bytes: BODY.length,
        chunkBytes: CHUNK,
        chunks: chunkCount(BODY.length, CHUNK),
      },
      noncePrefix: newNoncePrefix(),
    };
    const writer = SealedWriter.create(file, header, keys.body);
    for (let i = 0; i < header.content.chunks; i++) writer.push(BODY.subarray(i * CHUNK, (i + 1) * CHUNK));
    writer.finish();
  });
  afterEach(() => cleanup());

  async function readAll(path = file): Promise<Buffer> {
    const opened = readSealedHeader(path);
    const keys = await keysFor(opened.header, { dataKey });
    if (!keys) throw new Error('wrong key');
    return Buffer.concat([...readSealedChunks(opened, keys.body)]);
  }

  async function damage(mutate: (bytes: Buffer) => Buffer): Promise<HarborError> {
    const path = join(dir, '..', 'damaged.sealed');
    writeFileSync(path, mutate(Buffer.from(readFileSync(file))));
    const error = await readAll(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).code).toBe('FILE_DAMAGED');
    return error as HarborError;
  }

  /** Offsets of each chunk (its length prefix) in the file. */
  function chunkOffset(index: number): number {
    const offset = chunkOffsets()[index];
    if (offset === undefined) throw new Error(`no chunk ${index}`);
    return offset;
  }

  function chunkOffsets(): number[] {
    const { bodyOffset } = readSealedHeader(file);
    const bytes = readFileSync(file);
    const offsets: number[] = [];
    for (let at = bodyOffset; at < bytes.length; at += 4 + bytes.readUInt32BE(at) + 16) offsets.push(at);
    return offsets;
  }

  it('round-trips in 5 chunks and holds none of the plaintext', async () => {
    expect(await readAll()).toEqual(BODY);
    expect(chunkOffsets()).toHaveLength(5);
    expect(readFileSync(file).includes(BODY.subarray(100, 132))).toBe(false);
  });

  it('knows a wrong key from a damaged file', async () => {
    const opened = readSealedHeader(file);
    expect(await keysFor(opened.header, { dataKey: randomBytes(32) })).toBeNull();
  });

  it('refuses a flipped bit in the body', async () => {
    const error = await damage((b) => {
      const at = chunkOffset(2) + 40;
      b.writeUInt8(b.readUInt8(at) ^ 0x01, at);
      return b;
    });
    expect(error.message).toMatch(/part 3 of 5 failed its authentication check/);
  });

  it('refuses a changed header, even one that still parses', async () => {
    await damage((b) =>
      Buffer.from(b.toString('latin1').replace('2026-11-25T12', '2026-11-24T12'), 'latin1'),
    );
  });

  it('refuses chunks in another order', async () => {
    const error = await damage((b) => {
      const [, one, two, three] = chunkOffsets() as [number, number, number, number];
      return Buffer.concat([
        b.subarray(0, one),
        b.subarray(two, three),
        b.subarray(one, two),
        b.subarray(three),
      ]);
    });
    expect(error.message).toMatch(/part 2 of 5/);
  });

  it('refuses a file cut at a chunk boundary or inside a chunk', async () => {
    const cut = await damage((b) => b.subarray(0, chunkOffset(4)));
    expect(cut.message).toMatch(/incomplete: it ends in part 5 of 5/);
    const inside = await damage((b) => b.subarray(0, chunkOffset(2) + 100));
    expect(inside.message).toMatch(/incomplete/);
  });

  it('refuses a file one byte short', async () => {
    await damage((b) => b.subarray(0, b.length - 1));
  });

  it('refuses bytes after the final chunk', async () => {
    const error = await damage((b) => Buffer.concat([b, Buffer.from('extra')]));
    expect(error.message).toMatch(/data after its last part/);
  });

  it('refuses a file that is not a sealed file', async () => {
    const error = await damage(() => Buffer.from('SQLite format 3\0 and more'));
    expect(error.message).toMatch(/not a Safe Harbor backup or case bundle/);
  });
});

describe('backup reminder', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('counts from the last backup, or from the vault’s creation when there was none', () => {
    expect(backupReminder('2026-11-20T12:00:00Z', '2026-01-01T00:00:00Z', 7, now)).toEqual({
      daysSince: 5,
      due: false,
    });
    expect(backupReminder('2026-11-10T12:00:00Z', '2026-01-01T00:00:00Z', 7, now)).toEqual({
      daysSince: 15,
      due: true,
    });
    expect(backupReminder(null, '2026-11-24T00:00:00Z', 7, now)).toEqual({ daysSince: null, due: false });
    expect(backupReminder(null, '2026-11-01T00:00:00Z', 7, now)).toEqual({ daysSince: null, due: true });
  });
});

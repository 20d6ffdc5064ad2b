import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { WIPE_AFTER_MAX, WIPE_AFTER_MIN } from '../shared/safety/backup';
import { writeFileAtomic } from './atomic-write';
import { leftoverNames } from './leftovers';
import { DB_FILE, KEYS_FILE } from './vault';

/**
 * guard.json, beside harbor.db: the wipe-after-failed-unlocks setting and the count of failed attempts. It lives
 * outside the encrypted database because it is read before any unlock and updated by a failed one, while the vault's
 * own files must stay byte-for-byte unchanged by a wrong passphrase. It holds no client data.
 */
export const GUARD_FILE = 'guard.json';

const guardFileSchema = z.object({
  format: z.literal('safe-harbor-guard'),
  version: z.literal(1),
  wipeAfterFailures: z.number().int().min(WIPE_AFTER_MIN).max(WIPE_AFTER_MAX).nullable(),
  failedAttempts: z.number().int().nonnegative(),
  lastFailureAt: z.string().nullable(),
});
export type GuardFile = z.infer<typeof guardFileSchema>;

export const DEFAULT_GUARD: GuardFile = {
  format: 'safe-harbor-guard',
  version: 1,
  wipeAfterFailures: null,
  failedAttempts: 0,
  lastFailureAt: null,
};

export function readGuard(dir: string): GuardFile {
  const path = join(dir, GUARD_FILE);
  if (!existsSync(path)) return { ...DEFAULT_GUARD };
  try {
    const parsed = guardFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_GUARD };
  } catch {
    return { ...DEFAULT_GUARD };
  }
}

export function writeGuard(dir: string, guard: GuardFile): void {
  writeFileAtomic(join(dir, GUARD_FILE), JSON.stringify(guardFileSchema.parse(guard), null, 2) + '\n');
}

/**
 * Destroys the vault: keys.json first (without it the database can never be decrypted, even with the passphrase),
 * then the database and its WAL and shared-memory files, each overwritten with random bytes, flushed, and deleted.
 * On flash storage an overwrite may not reach every old block; losing keys.json is what makes the data unreadable.
 */
export function wipeVault(dir: string): void {
  const names = [KEYS_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, DB_FILE];
  // Leftovers of interrupted jobs too, whatever their age: an encrypted snapshot, a half-written key envelope.
  names.push(...leftoverNames(dir));
  for (const name of names) shred(join(dir, name));
  rmSync(join(dir, GUARD_FILE), { force: true });
}

function shred(path: string): void {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const block = Buffer.alloc(Math.min(size, 1024 * 1024));
    for (let offset = 0; offset < size; offset += block.length) {
      const length = Math.min(block.length, size - offset);
      randomFillSync(block, 0, length);
      let written = 0;
      while (written < length) written += writeSync(fd, block, written, length - written, offset + written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
}

import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files that an interrupted job leaves in the vault folder: an encrypted backup snapshot and its rollback journal,
 * a restore's or a backup check's encrypted copy, a half-written key envelope or guard file. All are encrypted or
 * hold no client data, but none should outlive the job: the next opening removes them, and a wipe destroys them.
 */
const LEFTOVER_NAMES = [
  /^\.(snapshot|restore|verify)-[0-9a-f]+\.tmp(-journal|-wal|-shm)?$/,
  /^\.(keys|guard)\.json\.[0-9a-f]+\.tmp$/,
];

/**
 * A leftover must not have been written to for this long before the next opening removes it: a backup another
 * process (the command line) is running beside the app writes to its files continuously.
 */
export const LEFTOVER_MIN_AGE_MS = 60_000;

export function isLeftoverName(name: string): boolean {
  return LEFTOVER_NAMES.some((pattern) => pattern.test(name));
}

/** The leftovers in `dir`, whatever their age (for a wipe). */
export function leftoverNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter(isLeftoverName);
  } catch {
    return [];
  }
}

/** Removes leftovers not written to for `minAgeMs`; returns their names. */
export function removeLeftovers(
  dir: string,
  { minAgeMs = LEFTOVER_MIN_AGE_MS, now = Date.now() }: { minAgeMs?: number; now?: number } = {},
): string[] {
  const removed: string[] = [];
  for (const name of leftoverNames(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs < minAgeMs) continue;
      rmSync(path, { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: the next opening tries again.
    }
  }
  return removed;
}

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PASSPHRASE = 'river lantern copper meadow';
export const OTHER_PASSPHRASE = 'granite orchard velvet thunder';

/** A fresh folder under the OS temp dir; returns the vault path inside it and a cleanup. */
export function tempVaultDir(): { dir: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'harbor-test-'));
  return { dir: join(root, 'vault'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file of a folder with its SHA-256: proves that an operation wrote nothing. */
export function snapshotFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

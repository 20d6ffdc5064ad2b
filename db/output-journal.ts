import type { Db } from './vault';

/**
 * Files being written outside the vault (a saved copy, an export, a PDF, a backup's partial file), recorded in the
 * vault while they are written. A crash or a kill leaves the row: the next session removes the file it names, so a
 * partial plaintext copy does not outlive the run that began it. Paths live only inside the encrypted vault.
 */
const PREFIX = 'output-in-progress:';

export function recordOutputStarted(db: Db, path: string, at: string): void {
  db.prepare('INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)').run(PREFIX + path, at);
}

export function recordOutputEnded(db: Db, path: string): void {
  db.prepare('DELETE FROM vault_meta WHERE key = ?').run(PREFIX + path);
}

export function outputsInProgress(db: Db): string[] {
  const keys = db
    .prepare('SELECT key FROM vault_meta WHERE substr(key, 1, ?) = ? ORDER BY key')
    .pluck()
    .all(PREFIX.length, PREFIX) as string[];
  return keys.map((key) => key.slice(PREFIX.length));
}

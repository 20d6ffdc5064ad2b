import type { Db } from './vault';

/** The vault's own key-value facts (vault_meta, from 0001-foundation), such as the time of the last backup. */

export function getMeta(db: Db, key: string): string | null {
  const value = db.prepare('SELECT value FROM vault_meta WHERE key = ?').pluck().get(key) as
    string | undefined;
  return value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare(
    `INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../shared/ipc/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target`, one migration per transaction so a failure leaves the last good version.
 * A database newer than this build is refused rather than touched.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target = migrations.length,
): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1)
      throw new Error(`Migration ${m.name} is numbered ${m.version}, expected ${index + 1}`);
  });
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new HarborError(
      'VAULT_DAMAGED',
      `This vault was written by a newer version of Safe Harbor (schema ${current}). Update the app to open it.`,
    );
  }
  for (const m of migrations.slice(current, target)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

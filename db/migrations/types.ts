import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  /** Equals the file's number; the database's `user_version` after it ran. */
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unlockVault } from '../../db/vault';
import { PASSPHRASE } from './temp-vault';

/** Flips one bit of one byte of a file, as a failing disk or a careless edit would. */
export function flipByte(path: string, offset: number, bit = 0): void {
  const bytes = readFileSync(path);
  bytes[offset] = (bytes[offset] ?? 0) ^ (1 << bit);
  writeFileSync(path, bytes);
}

/** The pages of harbor.db that hold one table or index (SQLite's dbstat), with the page size. */
export async function pagesOf(dir: string, name: string): Promise<{ pages: number[]; pageSize: number }> {
  const vault = await unlockVault(dir, PASSPHRASE);
  try {
    const pageSize = vault.db.pragma('page_size', { simple: true }) as number;
    const pages = vault.db
      .prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno')
      .pluck()
      .all(name) as number[];
    return { pages, pageSize };
  } finally {
    vault.close();
  }
}

/** Damages one page of a table in the middle of its bytes: the page's HMAC no longer verifies. */
export async function damageTable(dir: string, table: string): Promise<void> {
  const { pages, pageSize } = await pagesOf(dir, table);
  const page = pages[Math.floor(pages.length / 2)];
  if (page === undefined) throw new Error(`no page of ${table}`);
  flipByte(join(dir, 'harbor.db'), (page - 1) * pageSize + Math.floor(pageSize / 2));
}

/** Pages of harbor.db that hold something (every table's and index's, page 1 included); the rest are free. */
export async function pagesInUse(dir: string): Promise<Set<number>> {
  const vault = await unlockVault(dir, PASSPHRASE);
  try {
    return new Set(vault.db.prepare('SELECT DISTINCT pageno FROM dbstat').pluck().all() as number[]);
  } finally {
    vault.close();
  }
}

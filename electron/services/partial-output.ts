import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncDirectory } from '../../db/atomic-write';
import { outputsInProgress, recordOutputEnded, recordOutputStarted } from '../../db/output-journal';
import type { Db } from '../../db/vault';

/**
 * Writing a file outside the vault so that a failure leaves nothing behind: the content goes to a hidden partial
 * file beside the target, which replaces the target only once complete. A failure removes the partial file; a
 * crash or a kill leaves it, recorded in the vault (output-journal), and the next session removes it.
 *
 * Use it for every file that leaves the vault: saved copies, exports, PDFs, packets, backups.
 */

/** Where a run records the partial files it is writing; `noJournal` where there is no open vault to record them. */
export interface OutputJournal {
  started(partialPath: string): void;
  ended(partialPath: string): void;
}

export const noJournal: OutputJournal = { started: () => undefined, ended: () => undefined };

/** A journal in the open vault: `db()` is read at each call, so a lock in between is VAULT_LOCKED. */
export function vaultJournal(
  db: () => Db,
  now: () => string = () => new Date().toISOString(),
): OutputJournal {
  return {
    started: (path) => recordOutputStarted(db(), path, now()),
    ended: (path) => {
      try {
        recordOutputEnded(db(), path);
      } catch {
        // Locked meanwhile: the row stays, and the next session finds the file already gone.
      }
    },
  };
}

const PARTIAL_NAME = /^\..+\.[0-9a-f]{12}\.partial$/;

/** The hidden partial file beside `target`: `.NAME.<random>.partial`. */
export function partialPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
}

/**
 * Runs `write` into a fresh partial file (its path given; the writer creates it, 0600), then renames it over
 * `target`. Whatever fails, the partial file is removed and the target is left as it was.
 */
export async function writeOutputFile<T>(
  target: string,
  write: (partialPath: string) => Promise<T> | T,
  journal: OutputJournal = noJournal,
): Promise<T> {
  const partial = partialPathFor(target);
  journal.started(partial);
  try {
    const result = await write(partial);
    renameSync(partial, target);
    syncDirectory(dirname(target));
    return result;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    journal.ended(partial);
  }
}

/**
 * Removes the partial files a crash or a kill left, as recorded in the vault, and forgets them. Only names of the
 * partial form are removed, so a record can never delete a file of the attorney's.
 */
export function removeUnfinishedOutputs(db: Db): number {
  let removed = 0;
  for (const path of outputsInProgress(db)) {
    if (PARTIAL_NAME.test(basename(path))) {
      try {
        rmSync(path, { force: true });
        removed++;
      } catch {
        // A folder that is gone or not writable any more: nothing of ours can be left there.
      }
    }
    recordOutputEnded(db, path);
  }
  return removed;
}

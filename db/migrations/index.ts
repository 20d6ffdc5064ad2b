import type { Migration } from './types';
import { migration as m0001 } from './0001-foundation';
import { migration as m0002 } from './0002-dossiers';

/** Every migration in order. Forward-only: a released file is never edited, a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

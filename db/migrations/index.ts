import type { Migration } from './types';
import { migration as m0001 } from './0001-foundation';

/** Every migration in order. Forward-only: a released file is never edited, a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [m0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

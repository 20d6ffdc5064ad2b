import type { Migration } from './types';
import { migration as m0001 } from './0001-foundation';
import { migration as m0002 } from './0002-dossiers';
import { migration as m0003 } from './0003-evidence';
import { migration as m0004 } from './0004-board';
import { migration as m0005 } from './0005-field-safety';
import { migration as m0006 } from './0006-docket';
import { migration as m0007 } from './0007-filings';

/** Every migration in order. Forward-only: a released file is never edited, a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

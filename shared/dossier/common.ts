import { z } from 'zod';

/**
 * Who may see a record when it leaves the vault. Ordered from the most to the least restricted: an export for an
 * audience includes a record only when the record's scope reaches that audience (see `scopeAllows`).
 */
export const SHARING_SCOPES = ['client-only', 'counsel-team', 'court', 'ccf', 'public'] as const;
export const sharingScopeSchema = z.enum(SHARING_SCOPES);
export type SharingScope = z.infer<typeof sharingScopeSchema>;

export const SHARING_SCOPE_LABELS: Record<SharingScope, string> = {
  'client-only': 'Client only',
  'counsel-team': 'Counsel team',
  court: 'Court',
  ccf: 'CCF',
  public: 'Public',
};

/**
 * Audiences reached by each scope. A counsel-team record goes to co-counsel; a court record also to co-counsel;
 * CCF material is meant for the CCF and the team; public goes everywhere. Client-only never leaves.
 */
const SCOPE_AUDIENCES: Record<SharingScope, readonly SharingScope[]> = {
  'client-only': ['client-only'],
  'counsel-team': ['client-only', 'counsel-team'],
  court: ['client-only', 'counsel-team', 'court'],
  ccf: ['client-only', 'counsel-team', 'ccf'],
  public: ['client-only', 'counsel-team', 'court', 'ccf', 'public'],
};

export function scopeAllows(recordScope: SharingScope, audience: SharingScope): boolean {
  return SCOPE_AUDIENCES[recordScope].includes(audience);
}

/** A calendar date, 'YYYY-MM-DD', with no time zone: deadlines are counted in calendar days. */
export const isoDate = z.iso.date({ error: 'Use a date like 2026-03-31.' });
export type IsoDate = z.infer<typeof isoDate>;

export const optionalDate = isoDate.optional();

/** Optional free text with a bound, trimmed. */
export function text(max = 2000) {
  return z.string().trim().max(max, `Keep this under ${max} characters.`).optional();
}

export function requiredText(label: string, max = 300) {
  return z.string().trim().min(1, `${label} is required.`).max(max, `Keep this under ${max} characters.`);
}

export const idSchema = z.uuid();

/** A tri-state answer: the attorney may not know yet, and "unknown" must not read as "no". */
export const triStateSchema = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof triStateSchema>;

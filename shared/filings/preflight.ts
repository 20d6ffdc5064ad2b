import { z } from 'zod';
import { idSchema, isoDate } from '../dossier/common';

/** A file that cannot be merged into a filing: which, under which number, and why. */
export interface FilingPartError {
  evidenceId: string;
  number: string;
  reason: 'encrypted' | 'damaged' | 'unsupported-image' | 'empty';
}

export const PART_REASON_TEXT: Record<FilingPartError['reason'], string> = {
  encrypted: 'an encrypted or password-protected PDF (save an unprotected copy and attach it)',
  damaged: 'a damaged file that cannot be read',
  'unsupported-image': 'an image that is not a JPEG or PNG',
  empty: 'an empty file',
};

/**
 * The court's electronic-filing limits, in one place. EOIR's Courts & Appeals System (ECAS) takes documents of
 * 25 MB or less; a larger submission is split into parts, each named with its part number. [verify] against the
 * current ECAS user manual and the Immigration Court Practice Manual before relying on it: the limit is a
 * parameter here, not a rule of law.
 */
export const COURT_FILING_LIMITS = {
  maxFileBytes: 25_000_000,
  verify: true,
  source:
    'EOIR Courts & Appeals System (ECAS): an electronically filed document must be 25 MB or less; larger ' +
    'submissions are split into numbered parts. Verify against the current ECAS user manual.',
} as const;

export const PREFLIGHT_CODES = [
  'unnumbered',
  'unmergeable',
  'no-translation',
  'no-certificate',
  'orphan-translation',
  'cannot-merge',
  'over-size-limit',
  'filing-deadline-passed',
  'filing-deadline',
  'filing-deadline-set-by-judge',
  'no-hearing',
  'no-a-number',
  'no-attorney',
  'no-service-details',
  'client-details-out-of-scope',
  'no-notice',
  'power-of-attorney',
  'no-exhibits',
] as const;
export type PreflightCode = (typeof PREFLIGHT_CODES)[number];

export const preflightItemSchema = z.object({
  code: z.enum(PREFLIGHT_CODES),
  /** `blocking`: the filing cannot be written until it is fixed (a file that cannot be merged). */
  severity: z.enum(['blocking', 'warning', 'info']),
  message: z.string(),
  /** The exhibit or annex number concerned, if any. */
  number: z.string().nullable(),
  evidenceId: idSchema.nullable(),
});
export type PreflightItem = z.infer<typeof preflightItemSchema>;

export const preflightReportSchema = z.object({
  kind: z.enum(['packet', 'ccf-application']),
  /** Exhibits or annexes that go in. */
  items: z.number().int().nonnegative(),
  /** Every page of the filing, own pages and merged files, when every file could be measured. */
  totalPages: z.number().int().nonnegative(),
  /** The merged files plus the app's own pages: close to the file's size. */
  estimatedBytes: z.number().int().nonnegative(),
  limits: z.object({ maxFileBytes: z.number().int().positive(), verify: z.boolean(), source: z.string() }),
  /** The filing deadline before the next hearing, from the deadline engine. */
  filingDeadline: z
    .object({ date: isoDate, title: z.string(), source: z.string(), hearingDate: isoDate })
    .nullable(),
  checks: z.array(preflightItemSchema),
});
export type PreflightReport = z.infer<typeof preflightReportSchema>;

/** The audit line's summary of the warnings: codes with counts and the numbers concerned, never titles or names. */
export function warningsSummary(checks: readonly PreflightItem[]): string {
  const byCode = new Map<string, string[]>();
  for (const c of checks.filter((x) => x.severity !== 'info')) {
    const numbers = byCode.get(c.code) ?? [];
    if (c.number) numbers.push(c.number);
    byCode.set(c.code, numbers);
  }
  if (byCode.size === 0) return 'none';
  return [...byCode.entries()]
    .map(([code, numbers]) => (numbers.length > 0 ? `${code} (${numbers.join(', ')})` : code))
    .join(', ');
}

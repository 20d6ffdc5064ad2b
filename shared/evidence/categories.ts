import { z } from 'zod';

/**
 * The twelve categories of persecution evidence (domain.md §4). An evidence item belongs to one; a checklist groups
 * its items by them, plus the two working lists of the default template (indicators, CCF workflow).
 */
export const EVIDENCE_CATEGORIES = [
  'identity',
  'declaration',
  'political-activity',
  'persecution-incidents',
  'medical',
  'witnesses',
  'country-conditions',
  'experts',
  'due-process',
  'interpol',
  'media-campaign',
  'us-proceedings',
] as const;
export const evidenceCategorySchema = z.enum(EVIDENCE_CATEGORIES);
export type EvidenceCategory = z.infer<typeof evidenceCategorySchema>;

export const EVIDENCE_CATEGORY_LABELS: Record<EvidenceCategory, string> = {
  identity: 'Identity & nationality',
  declaration: 'Declaration & testimony',
  'political-activity': 'Political activity / protected ground',
  'persecution-incidents': 'Persecution incidents',
  medical: 'Medical & psychological',
  witnesses: 'Witness affidavits',
  'country-conditions': 'Country conditions',
  experts: 'Expert declarations',
  'due-process': 'Due-process violations in the foreign case',
  interpol: 'INTERPOL-specific',
  'media-campaign': 'Foreign media campaign',
  'us-proceedings': 'U.S. proceedings documents',
};

export function isEvidenceCategory(value: string): value is EvidenceCategory {
  return (EVIDENCE_CATEGORIES as readonly string[]).includes(value);
}

import { z } from 'zod';
import { isoDate, optionalDate, requiredText, sharingScopeSchema, text, triStateSchema } from './common';

export const CLIENT_STATUSES = ['intake', 'active', 'closed'] as const;
export const clientStatusSchema = z.enum(CLIENT_STATUSES);
export type ClientStatus = z.infer<typeof clientStatusSchema>;

/** INTERPOL notices spell names variously; every spelling is searchable. */
export const aliasSchema = z.object({
  name: requiredText('The name'),
  kind: z.enum(['alias', 'transliteration', 'birth-name', 'former-name']),
  script: z.enum(['latin', 'cyrillic', 'arabic', 'chinese', 'other']).optional(),
  note: text(300),
});

export const identityDocumentSchema = z.object({
  type: z.enum(['passport', 'national-id', 'birth-certificate', 'travel-document', 'other']),
  number: text(100),
  country: text(100),
  issuedOn: optionalDate,
  expiresOn: optionalDate,
  note: text(300),
});

export const contactSchema = z.object({
  channel: z.enum(['phone', 'email', 'signal', 'whatsapp', 'address', 'other']),
  value: requiredText('The contact'),
  /** When and how it is safe to reach the client: a persecuting state may read the channel. */
  safeContactInstructions: text(1000),
  since: optionalDate,
});

export const familyMemberSchema = z.object({
  name: requiredText('The name'),
  relationship: requiredText('The relationship', 100),
  location: text(200),
  risk: z.enum(['safe', 'at-risk', 'detained', 'harmed', 'unknown']),
  note: text(1000),
});

export const clientSchema = z.object({
  familyName: requiredText('The family name', 200),
  givenNames: requiredText('The given names', 200),
  aliases: z.array(aliasSchema).max(50).default([]),
  dateOfBirth: optionalDate,
  placeOfBirth: text(200),
  nationalities: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
  gender: text(50),
  identityDocuments: z.array(identityDocumentSchema).max(30).default([]),
  languages: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  interpreterNeeded: triStateSchema.default('unknown'),
  interpreterLanguage: text(80),
  contacts: z.array(contactSchema).max(30).default([]),
  family: z.array(familyMemberSchema).max(50).default([]),
  vulnerabilities: text(2000),
  status: clientStatusSchema.default('intake'),
  intakeDate: isoDate.optional(),
  scope: sharingScopeSchema.default('counsel-team'),
});
export type Client = z.output<typeof clientSchema>;
export type ClientInput = z.input<typeof clientSchema>;

export function displayName(client: Pick<Client, 'familyName' | 'givenNames'>): string {
  return `${client.familyName.toUpperCase()}, ${client.givenNames}`;
}

/** Initials for privacy mode: nothing on screen that a passer-by could read as a name. */
export function initials(client: Pick<Client, 'familyName' | 'givenNames'>): string {
  const first = (s: string) => [...s.trim()][0]?.toUpperCase() ?? '';
  return `${first(client.givenNames)}. ${first(client.familyName)}.`;
}

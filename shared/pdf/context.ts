import type { Check } from '../deadlines/checks';
import type { ComputedDeadline } from '../deadlines/engine';
import type { Client } from '../dossier/client';
import { scopeAllows, type SharingScope } from '../dossier/common';
import type { Dossier } from '../dossier/dossier';
import type { DossierRecord, RecordKind, RecordOf } from '../dossier/records';
import { PDF_PROFILE_INFO, type PdfField, type PdfHideable, type PdfProfile } from './profiles';
import type { FilingParties } from '../filings/profile';
import type { PdfBoardCard, PdfCaseSources, PdfChecklist, PdfEvidenceItem } from './sources';
import { Withholder } from './withhold';

export interface PdfBuildInput {
  dossier: Dossier;
  profile: PdfProfile;
  /** What to leave out; undefined means the profile's defaults. */
  hide: readonly PdfHideable[] | undefined;
  /** ISO date-time the document is generated at. */
  generatedAt: string;
  /** The attorney's calendar date (overdue is counted from it). */
  today: string;
  sources: PdfCaseSources;
  /** The attorney and the DHS office, for the documents filed with a court (null: not set up). */
  filing?: FilingParties | null;
}

/**
 * What every section reads: the dossier as the profile's audience may see it. Filtering by sharing scope happens here
 * and only here: a record whose scope does not reach the audience is left out, and so is everything derived from it
 * (its deadlines, its checks, its timeline events).
 */
export interface PdfContext {
  input: PdfBuildInput;
  profile: PdfProfile;
  audience: SharingScope;
  hiddenFields: ReadonlySet<PdfField>;
  client: Client;
  clientDetails: boolean;
  records: DossierRecord[];
  deadlines: ComputedDeadline[];
  checks: Check[];
  evidence: PdfEvidenceItem[] | null;
  board: PdfBoardCard[] | null;
  checklists: PdfChecklist[] | null;
  today: string;
  filing: FilingParties | null;
  /** Withholds, in the printed text, the values of records the audience may not see (field-level scope). */
  withholder: Withholder;
}

export function createContext(input: PdfBuildInput, hiddenFields: ReadonlySet<PdfField>): PdfContext {
  const audience = PDF_PROFILE_INFO[input.profile].audience;
  const { dossier } = input;
  const records = dossier.records.filter((r) => scopeAllows(r.scope, audience));
  const included = new Set(records.map((r) => r.id));
  const immigrationIncluded = records.some((r) => r.kind === 'immigration');
  // Case-level deadlines and checks (no record of their own) follow from the immigration record's dates.
  const reaches = (recordId: string | undefined) =>
    recordId === undefined ? immigrationIncluded : included.has(recordId);
  return {
    input,
    profile: input.profile,
    audience,
    hiddenFields,
    client: dossier.client,
    clientDetails: scopeAllows(dossier.client.scope, audience),
    records,
    // A custom deadline carries its own sharing scope.
    deadlines: dossier.deadlines.filter((d) =>
      d.scope ? scopeAllows(d.scope, audience) : reaches(d.relatedRecordId),
    ),
    checks: dossier.checks.filter((c) => reaches(c.relatedRecordId)),
    evidence: input.sources.evidence?.filter((e) => scopeAllows(e.scope, audience)) ?? null,
    // A card's owner is a party record: the name goes only where that record goes.
    board:
      input.sources.board
        ?.filter((c) => scopeAllows(c.scope, audience))
        .map((c) =>
          c.ownerPartyId !== null && !included.has(c.ownerPartyId) ? { ...c, ownerName: null } : c,
        ) ?? null,
    checklists: input.sources.checklists,
    today: input.today,
    filing: input.filing ?? null,
    withholder: withholderFor(dossier, included, hiddenFields, scopeAllows(dossier.client.scope, audience)),
  };
}

/**
 * The values that identify what stays out: the parties, people and counsel on records out of scope, and the
 * client's family, contacts and numbers when the client's page is not shared or those fields are hidden.
 */
function withholderFor(
  dossier: Dossier,
  included: ReadonlySet<string>,
  hiddenFields: ReadonlySet<PdfField>,
  clientDetails: boolean,
): Withholder {
  const protect: string[] = [];
  const allow: string[] = [];
  for (const record of dossier.records) {
    if (!included.has(record.id)) protect.push(...identifyingValues(record));
    // A person whose own party record reaches the audience may be named; a name typed into another record's text
    // does not make it shareable.
    else if (record.kind === 'party') allow.push(...identifyingValues(record));
  }
  const c = dossier.client;
  const hidden = (field: PdfField) => !clientDetails || hiddenFields.has(field);
  if (hidden('family')) protect.push(...c.family.map((f) => f.name));
  for (const contact of c.contacts) {
    if (hidden(contact.channel === 'address' ? 'addresses' : 'contacts')) protect.push(contact.value);
  }
  if (hidden('identity-documents')) protect.push(...c.identityDocuments.flatMap((d) => d.number ?? []));
  for (const record of dossier.records) {
    if (record.kind === 'immigration' && record.data.aNumber && hiddenFields.has('a-number'))
      protect.push(record.data.aNumber);
    if (record.kind === 'custody' && record.data.detaineeId && hiddenFields.has('detention-ids'))
      protect.push(record.data.detaineeId);
  }
  return new Withholder(protect, allow);
}

/** What a record holds that names a person or reaches one. */
function identifyingValues(record: DossierRecord): string[] {
  switch (record.kind) {
    case 'party':
      return [record.data.name, record.data.organization ?? '', record.data.contact ?? ''];
    case 'incident':
      return record.data.people.map((p) => p.name);
    case 'home-case':
      return [record.data.localCounsel ?? ''];
    default:
      return [];
  }
}

export function shows(ctx: PdfContext, field: PdfField): boolean {
  return !ctx.hiddenFields.has(field);
}

export function ofKind<K extends RecordKind>(records: readonly DossierRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind);
}

export function aNumber(ctx: PdfContext): string | undefined {
  if (!shows(ctx, 'a-number')) return undefined;
  return ofKind(ctx.records, 'immigration')[0]?.data.aNumber || undefined;
}

export function openCustody(ctx: PdfContext): RecordOf<'custody'> | undefined {
  return ofKind(ctx.records, 'custody').find((c) => !c.data.releaseDate);
}

export function nextHearing(ctx: PdfContext): RecordOf<'hearing'> | undefined {
  return ofKind(ctx.records, 'hearing')
    .filter((h) => h.data.date >= ctx.today)
    .sort((a, b) => a.data.date.localeCompare(b.data.date))[0];
}

export function nextOpenDeadline(deadlines: readonly ComputedDeadline[]): ComputedDeadline | undefined {
  return deadlines.filter((d) => d.status === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

import type { Check } from '../deadlines/checks';
import type { ComputedDeadline } from '../deadlines/engine';
import type { Client } from '../dossier/client';
import { scopeAllows, type SharingScope } from '../dossier/common';
import type { Dossier } from '../dossier/dossier';
import type { DossierRecord, RecordKind, RecordOf } from '../dossier/records';
import { PDF_PROFILE_INFO, type PdfField, type PdfHideable, type PdfProfile } from './profiles';
import type { PdfBoardCard, PdfCaseSources, PdfChecklist, PdfEvidenceItem } from './sources';

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
    deadlines: dossier.deadlines.filter((d) => reaches(d.relatedRecordId)),
    checks: dossier.checks.filter((c) => reaches(c.relatedRecordId)),
    evidence: input.sources.evidence?.filter((e) => scopeAllows(e.scope, audience)) ?? null,
    board: input.sources.board?.filter((c) => scopeAllows(c.scope, audience)) ?? null,
    checklists: input.sources.checklists,
    today: input.today,
  };
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

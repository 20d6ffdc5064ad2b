import { computeDeadlines } from '../../shared/deadlines/engine';
import { dossierChecks } from '../../shared/dossier/checks';
import { clientSchema, type ClientInput } from '../../shared/dossier/client';
import type { Dossier } from '../../shared/dossier/dossier';
import { caseFactsFromRecords } from '../../shared/dossier/facts';
import { type DossierRecord, type RecordInput, storedRecordSchema } from '../../shared/dossier/records';
import type { Block, PdfDocument } from '../../shared/pdf/model';
import type { PdfEvidenceItem } from '../../shared/pdf/sources';

/** Dossiers, evidence and text extraction for the unit tests of the document models (no vault, no PDF). */

export const TODAY = '2026-11-25';
export const CLIENT_ID = '11111111-1111-4111-8111-111111111111';
let counter = 0;

export function uuid(): string {
  counter++;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function record(input: RecordInput): DossierRecord {
  return storedRecordSchema.parse({
    ...input,
    id: input.id ?? uuid(),
    clientId: CLIENT_ID,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  });
}

export function dossierOf(client: ClientInput, inputs: RecordInput[]): Dossier {
  const records = inputs.map(record);
  const deadlines = computeDeadlines(caseFactsFromRecords(records, TODAY));
  return {
    id: CLIENT_ID,
    client: clientSchema.parse(client),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
    detained: true,
    fronts: [],
    records,
    deadlines,
    checks: dossierChecks(records, deadlines, TODAY),
  };
}

export function evidence(
  id: string,
  scope: PdfEvidenceItem['scope'],
  exhibitNumber: string | null,
): PdfEvidenceItem {
  return {
    id,
    title: `Item ${id}`,
    description: null,
    category: 'identity',
    scope,
    exhibitNumber,
    exhibitTab: null,
    obtainedOn: null,
    source: null,
    language: null,
    servedOn: null,
    role: 'original',
    pairedWith: null,
    documentDate: null,
    sha256: 'ab'.repeat(32),
    fileName: `${id}.pdf`,
    mediaType: 'application/pdf',
    byteSize: 1000,
  };
}

/** Every string the document would print, joined. */
export function allText(doc: PdfDocument): string {
  const parts: string[] = [
    doc.title,
    doc.clientName,
    doc.cover.overline,
    doc.cover.notice,
    doc.cover.disclaimer,
  ];
  const f = doc.furniture;
  parts.push(f.legend, f.generatedLine, f.runningHeader.left, f.runningHeader.right);
  if (doc.caption) {
    const c = doc.caption;
    parts.push(
      ...c.filer,
      ...c.court,
      c.respondent,
      c.aNumber,
      c.proceeding,
      c.judge,
      c.nextHearing,
      c.title,
    );
  }
  for (const f of doc.cover.facts) parts.push(f.label, f.value.text);
  for (const n of doc.cover.names) parts.push(n.name);
  const block = (b: Block) => {
    switch (b.type) {
      case 'subheading':
        return parts.push(b.text, b.meta?.text ?? '');
      case 'paragraph':
        return parts.push(b.text);
      case 'fields':
        return b.items.forEach((i) => parts.push(i.label, i.value.text));
      case 'table':
        parts.push(...b.columns.map((c) => c.header), b.rows.length === 0 ? b.empty : '');
        return b.rows.forEach((r) => r.forEach((c) => parts.push(c.text, c.note ?? '')));
      case 'list':
        return b.items.forEach((c) => parts.push(c.text, c.note ?? ''));
      case 'callout':
        return parts.push(b.title, b.text);
      case 'questions':
        return b.items.forEach((q) => parts.push(q.text, q.detail ?? ''));
      case 'ruled':
        return;
    }
  };
  for (const s of doc.sections) {
    parts.push(s.title, s.intro ?? '');
    s.blocks.forEach(block);
  }
  return parts.join('\n');
}

import { createHash } from 'node:crypto';
import { chunkAt, evidenceRowsForClient, getEvidenceRow, type EvidenceListRow } from '../../../db/evidence';
import type { Db } from '../../../db/vault';
import { SHARING_SCOPES, type SharingScope } from '../../../shared/dossier/common';
import { isEvidenceCategory } from '../../../shared/evidence/categories';
import { dueDate } from '../../../shared/evidence/checklist';
import type {
  PdfBoardCard,
  PdfCaseSources,
  PdfChecklist,
  PdfEvidenceItem,
} from '../../../shared/pdf/sources';
import type { BoardService } from '../board-service';
import type { ChecklistService } from '../checklist-service';

/**
 * Reads what a PDF needs from the evidence, checklist and board features, each through its own service or query
 * module, into the plain shapes of shared/pdf/sources.ts. A reader left out of the composition gives null: the
 * PDF then says the feature has nothing recorded rather than failing.
 */
export interface PdfSourceReaders {
  evidence?: (clientId: string) => PdfEvidenceItem[];
  checklists?: (clientId: string) => PdfChecklist[];
  board?: (clientId: string) => PdfBoardCard[];
}

export function readSources(readers: PdfSourceReaders, clientId: string): PdfCaseSources {
  return {
    evidence: readers.evidence?.(clientId) ?? null,
    checklists: readers.checklists?.(clientId) ?? null,
    board: readers.board?.(clientId) ?? null,
  };
}

function scopeOf(value: string): SharingScope {
  // An unknown scope is treated as the most restricted one: it never reaches an audience beyond the client file.
  return (SHARING_SCOPES as readonly string[]).includes(value) ? (value as SharingScope) : 'client-only';
}

function evidenceItem(row: EvidenceListRow): PdfEvidenceItem {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category !== null && isEvidenceCategory(row.category) ? row.category : null,
    scope: scopeOf(row.scope),
    exhibitNumber: row.exhibit_number?.trim() || null,
    exhibitTab: row.exhibit_tab?.trim() || null,
    obtainedOn: row.obtained_on,
    source: row.source,
    language: row.language,
    servedOn: row.served_on,
    role: row.certificate_for ? 'certificate' : row.translation_of ? 'translation' : 'original',
    pairedWith: row.certificate_for ?? row.translation_of,
    documentDate: row.document_date,
    sha256: row.sha256 ?? '',
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: row.byte_size,
  };
}

/** Evidence items from the evidence query module (complete intakes only; the file bytes are never read). */
export function evidenceReader(db: () => Db): (clientId: string) => PdfEvidenceItem[] {
  return (clientId) => evidenceRowsForClient(db(), clientId).map(evidenceItem);
}

export function checklistReader(checklists: ChecklistService): (clientId: string) => PdfChecklist[] {
  return (clientId) =>
    checklists.forClient(clientId).map((list) => ({
      name: list.name,
      categories: list.categories.map((c) => ({ key: c.key, title: c.title, group: c.group })),
      items: list.items.map((item) => ({
        id: item.id,
        category: item.category,
        title: item.title,
        status: item.status,
        notObtainableReason: item.notObtainableReason,
        dueDate: dueDate(item.due),
        evidenceIds: item.evidenceIds,
        note: item.note,
      })),
    }));
}

export function boardReader(board: BoardService): (clientId: string) => PdfBoardCard[] {
  return (clientId) =>
    board.list({ clientId }).cards.map((card) => ({
      id: card.id,
      title: card.title,
      lane: card.lane,
      status: card.status,
      ownerName: card.ownerName,
      ownerPartyId: card.ownerPartyId,
      dueDate: card.dueDate,
      scope: card.scope,
    }));
}

/**
 * An evidence file read whole for merging into a filing, one chunk at a time with a turn of the event loop between
 * chunks (the vault's thread stays responsive), and checked against the SHA-256 taken at intake: a file altered in
 * the vault is refused rather than filed.
 */
export function evidenceFileReader(db: () => Db): (evidenceId: string) => Promise<Uint8Array> {
  return async (evidenceId) => {
    const row = getEvidenceRow(db(), evidenceId);
    if (!row || row.state !== 'complete') throw new Error('No such evidence file.');
    const bytes = new Uint8Array(row.byte_size);
    const hash = createHash('sha256');
    let filled = 0;
    for (let seq = 0; seq < row.chunk_count; seq++) {
      const chunk = chunkAt(db(), evidenceId, seq);
      if (!chunk || filled + chunk.byteLength > bytes.byteLength)
        throw new Error('The stored file is incomplete.');
      bytes.set(chunk, filled);
      hash.update(chunk);
      filled += chunk.byteLength;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (filled !== row.byte_size || hash.digest('hex') !== row.sha256)
      throw new Error('The stored file does not match its intake hash.');
    return bytes;
  };
}

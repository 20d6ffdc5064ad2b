import { type Hash, createHash, randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { recordAudit } from '../../db/audit';
import { getItemRow, linkEvidenceRow, unlinkEvidenceRow, updateItemRow } from '../../db/checklists';
import { getClientRow } from '../../db/dossiers';
import {
  type EvidenceListRow,
  type EvidenceRow,
  chunkAt,
  chunkCount,
  completeEvidenceRow,
  custodyRows,
  deleteEvidenceRow,
  deleteReceivingRows,
  evidenceRowsForClient,
  getEvidenceRow,
  insertChunkRow,
  insertCustodyRow,
  insertEvidenceRow,
  iterateChunks,
  linkedItemRows,
  relatedRows,
  setVerificationRow,
  updateEvidenceMetadataRow,
} from '../../db/evidence';
import { indexEvidence, unindexEvidence } from '../../db/search-index';
import type { Db } from '../../db/vault';
import { evidenceCategorySchema, isEvidenceCategory } from '../../shared/evidence/categories';
import {
  type BeginUploadInput,
  type CustodyAction,
  type EvidenceDetail,
  type EvidenceMetadataInput,
  type EvidenceSummary,
  type VerifyResult,
  EVIDENCE_CHUNK_BYTES,
  MAX_TRANSFER_BYTES,
  beginUploadSchema,
  custodyActionSchema,
  evidenceMetadataSchema,
  mediaTypeFor,
  titleFromFileName,
} from '../../shared/evidence/evidence';
import { sharingScopeSchema } from '../../shared/dossier/common';
import { HarborError } from '../../shared/ipc/errors';
import { isVaultDamage } from '../../shared/vault/damage';
import type { Clock } from './clock';
import type { Dialogs } from './dialogs';
import { vaultJournal, writeOutputFile } from './partial-output';
import type { VaultAccess } from './vault-service';

/** An intake in progress: the hash and the bytes not yet making a whole chunk live here, never on disk. */
interface Upload {
  evidenceId: string;
  clientId: string;
  itemId: string | null;
  declared: number;
  received: number;
  nextSeq: number;
  hash: Hash;
  pending: Buffer[];
  pendingBytes: number;
}

/**
 * Evidence items and their files. A file is taken in in stages: a row in state 'receiving', its chunks appended in
 * small transactions as they arrive (hashed on the way), then one final transaction that writes the last chunk,
 * sets 'complete' with the SHA-256, links it and logs it. Receiving rows are never listed, and a lock or a crash
 * leaves only such rows, which the next unlock removes. Content leaves the vault only in bounded ranges (preview)
 * or to a path the attorney chose (save a copy); both are logged in the chain of custody.
 */
export class EvidenceService {
  readonly #uploads = new Map<string, Upload>();

  constructor(
    private readonly vaults: VaultAccess,
    private readonly clock: Clock,
    private readonly dialogs: Dialogs,
    /** Who the chain of custody names for actions taken through this composition. */
    private readonly actor: string,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Intake
  // -------------------------------------------------------------------------------------------------------------

  beginUpload(input: BeginUploadInput): { uploadId: string } {
    const upload = beginUploadSchema.parse(input);
    const id = randomUUID();
    const now = this.clock.now();
    const clientId = upload.clientId;
    this.db.transaction(() => {
      if (!getClientRow(this.db, clientId)) {
        throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
      }
      let category: string | null = null;
      if (upload.itemId) {
        const item = getItemRow(this.db, upload.itemId);
        if (!item || item.client_id !== clientId) {
          throw new HarborError('BAD_INPUT', 'That checklist item belongs to another dossier.', 'itemId');
        }
        category = isEvidenceCategory(item.category) ? item.category : null;
      }
      let scope = 'counsel-team';
      const pairedId = upload.translationOf ?? upload.certificateFor;
      if (pairedId) {
        const paired = this.#completeRow(pairedId);
        if (paired.client_id !== clientId) {
          throw new HarborError('BAD_INPUT', 'A translation belongs to the same dossier as its original.');
        }
        category = paired.category;
        scope = paired.scope;
      }
      insertEvidenceRow(this.db, {
        ...emptyRow(),
        id,
        client_id: clientId,
        state: 'receiving',
        title: titleFromFileName(upload.fileName),
        category,
        file_name: upload.fileName,
        media_type: mediaTypeFor(upload.fileName, upload.mediaType),
        byte_size: upload.byteSize,
        chunk_bytes: EVIDENCE_CHUNK_BYTES,
        scope,
        translation_of: upload.translationOf ?? null,
        certificate_for: upload.certificateFor ?? null,
        created_at: now,
        updated_at: now,
      });
    })();
    this.#uploads.set(id, {
      evidenceId: id,
      clientId,
      itemId: upload.itemId ?? null,
      declared: upload.byteSize,
      received: 0,
      nextSeq: 0,
      hash: createHash('sha256'),
      pending: [],
      pendingBytes: 0,
    });
    return { uploadId: id };
  }

  /** Takes the next bytes of an intake; whole chunks are written at once, the rest waits for more. */
  appendChunk(uploadId: string, bytes: Uint8Array): { received: number } {
    const upload = this.#upload(uploadId);
    if (bytes.byteLength > MAX_TRANSFER_BYTES) {
      throw new HarborError('INPUT_TOO_LARGE', 'Send the file in smaller pieces.');
    }
    if (upload.received + bytes.byteLength > upload.declared) {
      this.abortUpload(uploadId);
      throw new HarborError('BAD_INPUT', 'More bytes arrived than the file holds; the intake was cancelled.');
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    upload.hash.update(buffer);
    upload.pending.push(buffer);
    upload.pendingBytes += buffer.byteLength;
    upload.received += buffer.byteLength;
    if (upload.pendingBytes >= EVIDENCE_CHUNK_BYTES) {
      this.db.transaction(() => this.#writeWholeChunks(upload))();
    }
    return { received: upload.received };
  }

  /** The final transaction: the last chunk, 'complete' with the SHA-256, the checklist link, custody and audit. */
  finishUpload(uploadId: string): EvidenceSummary {
    const upload = this.#upload(uploadId);
    if (upload.received !== upload.declared) {
      this.abortUpload(uploadId);
      throw new HarborError(
        'BAD_INPUT',
        `The file did not arrive whole (${upload.received} of ${upload.declared} bytes); nothing was kept.`,
      );
    }
    const sha256 = upload.hash.digest('hex');
    const now = this.clock.now();
    this.db.transaction(() => {
      this.#writeWholeChunks(upload);
      if (upload.pendingBytes > 0) {
        insertChunkRow(this.db, upload.evidenceId, upload.nextSeq++, Buffer.concat(upload.pending));
      }
      completeEvidenceRow(this.db, upload.evidenceId, {
        byteSize: upload.received,
        chunkCount: upload.nextSeq,
        sha256,
        at: now,
      });
      const row = this.#completeRow(upload.evidenceId);
      this.#custody(row.id, 'intake', `${row.file_name}, ${row.byte_size} bytes, SHA-256 ${sha256}`);
      recordAudit(this.db, {
        action: 'evidence.taken-in',
        entityType: 'evidence',
        entityId: row.id,
        clientId: row.client_id,
        after: { title: row.title, fileName: row.file_name, byteSize: row.byte_size, sha256 },
      });
      if (upload.itemId) this.#link(upload.itemId, row);
      indexEvidence(this.db, row.client_id, toIndexable(row));
    })();
    this.#uploads.delete(uploadId);
    return this.summary(upload.evidenceId);
  }

  abortUpload(uploadId: string): void {
    const upload = this.#uploads.get(uploadId);
    this.#uploads.delete(uploadId);
    if (!upload) return;
    const row = getEvidenceRow(this.db, upload.evidenceId);
    if (row?.state === 'receiving') deleteEvidenceRow(this.db, row.id);
  }

  /** Takes in a whole stream (the CLI's file, a test's bytes) through the same staged path as the renderer. */
  async attachStream(
    input: BeginUploadInput,
    chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  ): Promise<EvidenceSummary> {
    const { uploadId } = this.beginUpload(input);
    try {
      for await (const chunk of chunks) {
        for (let offset = 0; offset < chunk.byteLength; offset += MAX_TRANSFER_BYTES) {
          this.appendChunk(uploadId, chunk.subarray(offset, offset + MAX_TRANSFER_BYTES));
        }
      }
      return this.finishUpload(uploadId);
    } catch (error) {
      try {
        this.abortUpload(uploadId);
      } catch {
        // Locked meanwhile: the receiving row is removed at the next unlock.
      }
      throw error;
    }
  }

  /** At unlock: intakes a crash or a lock interrupted are removed with their chunks. */
  removeStaged(): number {
    return deleteReceivingRows(this.db);
  }

  /** At lock: forget the intakes in progress (their rows are removed at the next unlock). */
  dropUploads(): void {
    this.#uploads.clear();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------------------------

  list(clientId: string): EvidenceSummary[] {
    if (!getClientRow(this.db, clientId)) {
      throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
    }
    return evidenceRowsForClient(this.db, clientId).map(toSummary);
  }

  summary(id: string): EvidenceSummary {
    const row = this.db
      .prepare(
        `SELECT e.*, (SELECT json_group_array(item_id) FROM checklist_item_evidence WHERE evidence_id = e.id)
           AS item_ids FROM evidence e WHERE e.id = ? AND e.state = 'complete'`,
      )
      .get(id) as EvidenceListRow | undefined;
    if (!row) throw notFound();
    return toSummary(row);
  }

  get(id: string): EvidenceDetail {
    const summary = this.summary(id);
    const row = this.#completeRow(id);
    const pairedId = row.certificate_for ?? row.translation_of;
    const paired = pairedId ? getEvidenceRow(this.db, pairedId) : undefined;
    const related = (r: { id: string; title: string; file_name: string }) => ({
      id: r.id,
      title: r.title,
      fileName: r.file_name,
    });
    return {
      ...summary,
      description: row.description,
      source: row.source,
      obtainedBy: row.obtained_by,
      obtainedOn: row.obtained_on,
      language: row.language,
      authentication: row.authentication,
      servedOn: row.served_on,
      documentDate: row.document_date,
      custody: custodyRows(this.db, id).map((c) => ({
        id: c.id,
        at: c.at,
        action: custodyActionSchema.parse(c.action),
        actor: c.actor,
        detail: c.detail,
      })),
      translations: relatedRows(this.db, 'translation_of', id).map(related),
      certificates: relatedRows(this.db, 'certificate_for', id).map(related),
      pairedWith: paired?.state === 'complete' ? related(paired) : null,
      linkedItems: linkedItemRows(this.db, id),
    };
  }

  /**
   * A byte range of the file (at most 4 MiB), for a preview the renderer assembles in memory. Reading from the start
   * is logged as a view in the chain of custody.
   */
  read(
    id: string,
    offset: number,
    length: number,
  ): { bytes: Uint8Array<ArrayBuffer>; offset: number; total: number } {
    const row = this.#completeRow(id);
    if (offset > row.byte_size) throw new HarborError('BAD_INPUT', 'That range is past the end of the file.');
    const end = Math.min(row.byte_size, offset + Math.min(length, MAX_TRANSFER_BYTES));
    const bytes = new Uint8Array(end - offset);
    if (end > offset) {
      const first = Math.floor(offset / row.chunk_bytes);
      const last = Math.floor((end - 1) / row.chunk_bytes);
      let seq = first;
      let filled = 0;
      for (const chunk of iterateChunks(this.db, id, first, last)) {
        const chunkStart = seq * row.chunk_bytes;
        const piece = chunk.subarray(
          Math.max(0, offset - chunkStart),
          Math.min(chunk.byteLength, end - chunkStart),
        );
        bytes.set(piece, filled);
        filled += piece.byteLength;
        seq++;
      }
    }
    if (offset === 0) {
      this.db.transaction(() => this.#custody(id, 'view', 'Opened for preview'))();
    }
    return { bytes, offset, total: row.byte_size };
  }

  /**
   * Recomputes the SHA-256 from the stored chunks and compares it with the intake hash. Reads one chunk at a time
   * and yields between them, so a large file neither fills memory nor blocks the main process.
   */
  async verify(id: string): Promise<VerifyResult> {
    const row = this.#completeRow(id);
    const hash = createHash('sha256');
    let bytes = 0;
    let damagedPart: number | null = null;
    const count = chunkCount(this.db, id);
    for (let seq = 0; seq < count; seq++) {
      let data: Buffer | undefined;
      try {
        // Through this.db each time: a lock while this runs ends it with VAULT_LOCKED.
        data = chunkAt(this.db, id, seq);
      } catch (error) {
        // Finding damage is what a verification is for: it is recorded as its result, not thrown.
        if (!isVaultDamage(error)) throw error;
        damagedPart = seq;
        break;
      }
      if (!data) break;
      hash.update(data);
      bytes += data.byteLength;
      if (seq % 8 === 7) await yieldToEventLoop();
    }
    const damaged = damagedPart !== null;
    const actual = damaged ? '' : hash.digest('hex');
    const expected = row.sha256 as string;
    const ok = !damaged && actual === expected && bytes === row.byte_size && count === row.chunk_count;
    const at = this.clock.now();
    this.db.transaction(() => {
      setVerificationRow(this.db, id, at, ok);
      this.#custody(
        id,
        'verify',
        damaged
          ? `The stored file is DAMAGED: part ${(damagedPart ?? 0) + 1} of ${count} failed its authentication check, so the file cannot be read whole.`
          : ok
            ? `SHA-256 recomputed from the stored file: matches the intake hash (${bytes} bytes).`
            : `SHA-256 recomputed from the stored file: DOES NOT MATCH the intake hash (got ${actual}, ${bytes} bytes).`,
      );
      recordAudit(this.db, {
        action: ok ? 'evidence.verified' : 'evidence.verification-failed',
        entityType: 'evidence',
        entityId: id,
        clientId: row.client_id,
        detail: damaged
          ? `expected ${expected}, stored file damaged`
          : `expected ${expected}, computed ${actual}`,
      });
    })();
    return { ok, expected, actual, byteSize: bytes, at, damaged };
  }

  /**
   * Saves a copy where the attorney chooses (the only way a file leaves the vault whole). Streams chunk by chunk
   * into a partial file that becomes the copy only once whole, checks the hash of what was written, and logs the
   * export. A failure (a damaged chunk, a full disk, a lock) leaves no partial plaintext behind.
   */
  async saveCopy(
    id: string,
  ): Promise<{ saved: boolean; fileName: string | null; hashMatches: boolean | null }> {
    const row = this.#completeRow(id);
    const path = await this.dialogs.chooseSavePath(row.file_name);
    if (!path) return { saved: false, fileName: null, hashMatches: null };
    const hash = createHash('sha256');
    await writeOutputFile(
      path,
      async (partial) => {
        const file = await open(partial, 'wx', 0o600);
        try {
          for (let seq = 0; seq < row.chunk_count; seq++) {
            const data = chunkAt(this.db, id, seq);
            if (!data) break;
            hash.update(data);
            await file.write(data);
          }
          await file.sync();
        } finally {
          await file.close();
        }
      },
      vaultJournal(
        () => this.db,
        () => this.clock.now(),
      ),
    );
    const hashMatches = hash.digest('hex') === row.sha256;
    const fileName = basename(path);
    this.db.transaction(() => {
      this.#custody(
        id,
        'export',
        `Copy saved as “${fileName}” (${row.byte_size} bytes; SHA-256 ${hashMatches ? 'matches' : 'DOES NOT MATCH'} the intake hash).`,
      );
      recordAudit(this.db, {
        action: 'evidence.exported',
        entityType: 'evidence',
        entityId: id,
        clientId: row.client_id,
        detail: `copy saved (${row.byte_size} bytes)`,
      });
    })();
    return { saved: true, fileName, hashMatches };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Changes
  // -------------------------------------------------------------------------------------------------------------

  update(id: string, revision: number, input: EvidenceMetadataInput): EvidenceDetail {
    const metadata = evidenceMetadataSchema.parse(input);
    this.db.transaction(() => {
      const existing = this.#completeRow(id);
      if (existing.revision !== revision) {
        throw new HarborError('CONFLICT', 'This item was changed elsewhere. Reload and try again.');
      }
      if (metadata.translationOf && metadata.certificateFor) {
        throw new HarborError(
          'BAD_INPUT',
          'An item is either a translation or a certificate, not both.',
          'certificateFor',
        );
      }
      for (const [field, pairedId] of [
        ['translationOf', metadata.translationOf],
        ['certificateFor', metadata.certificateFor],
      ] as const) {
        if (!pairedId) continue;
        const paired = getEvidenceRow(this.db, pairedId);
        if (
          !paired ||
          paired.state !== 'complete' ||
          paired.client_id !== existing.client_id ||
          paired.id === id
        ) {
          throw new HarborError('BAD_INPUT', 'Pair it with another item of the same dossier.', field);
        }
        if (field === 'certificateFor' && !paired.translation_of) {
          throw new HarborError('BAD_INPUT', 'A translator’s certificate goes with a translation.', field);
        }
      }
      const next: EvidenceRow = {
        ...existing,
        title: metadata.title,
        description: metadata.description ?? null,
        category: metadata.category,
        source: metadata.source ?? null,
        obtained_by: metadata.obtainedBy ?? null,
        obtained_on: metadata.obtainedOn ?? null,
        language: metadata.language ?? null,
        scope: metadata.scope,
        exhibit_number: metadata.exhibitNumber ?? null,
        exhibit_tab: metadata.exhibitTab ?? null,
        authentication: metadata.authentication ?? null,
        served_on: metadata.servedOn ?? null,
        document_date: metadata.documentDate === undefined ? existing.document_date : metadata.documentDate,
        translation_of: metadata.translationOf,
        certificate_for: metadata.certificateFor,
        updated_at: this.clock.now(),
        revision: existing.revision + 1,
      };
      const changed = METADATA_COLUMNS.filter(([column]) => existing[column] !== next[column]).map(
        ([, label]) => label,
      );
      if (changed.length === 0) return;
      updateEvidenceMetadataRow(this.db, next);
      this.#custody(id, 'change', `Changed: ${changed.join(', ')}.`);
      recordAudit(this.db, {
        action: 'evidence.updated',
        entityType: 'evidence',
        entityId: id,
        clientId: existing.client_id,
        before: metadataView(existing),
        after: metadataView(next),
      });
      indexEvidence(this.db, next.client_id, toIndexable(next));
    })();
    return this.get(id);
  }

  link(itemId: string, evidenceId: string): EvidenceDetail {
    this.db.transaction(() => this.#link(itemId, this.#completeRow(evidenceId)))();
    return this.get(evidenceId);
  }

  unlink(itemId: string, evidenceId: string): EvidenceDetail {
    this.db.transaction(() => {
      const row = this.#completeRow(evidenceId);
      const item = getItemRow(this.db, itemId);
      if (!item || !unlinkEvidenceRow(this.db, itemId, evidenceId)) {
        throw new HarborError('NOT_FOUND', 'That item and that evidence are not linked.');
      }
      this.#custody(evidenceId, 'unlink', `From checklist item “${item.title}”.`);
      recordAudit(this.db, {
        action: 'evidence.unlinked',
        entityType: 'evidence',
        entityId: evidenceId,
        clientId: row.client_id,
        detail: `checklist item ${itemId}`,
      });
    })();
    return this.get(evidenceId);
  }

  delete(id: string): void {
    this.db.transaction(() => {
      const row = this.#completeRow(id);
      unindexEvidence(this.db, id);
      deleteEvidenceRow(this.db, id);
      recordAudit(this.db, {
        action: 'evidence.deleted',
        entityType: 'evidence',
        entityId: id,
        clientId: row.client_id,
        before: { title: row.title, fileName: row.file_name, byteSize: row.byte_size, sha256: row.sha256 },
      });
    })();
  }

  // -------------------------------------------------------------------------------------------------------------

  #upload(uploadId: string): Upload {
    const upload = this.#uploads.get(uploadId);
    if (!upload) {
      throw new HarborError('NOT_FOUND', 'That upload is no longer open (the vault may have been locked).');
    }
    return upload;
  }

  #writeWholeChunks(upload: Upload): void {
    if (upload.pendingBytes < EVIDENCE_CHUNK_BYTES) return;
    const all = Buffer.concat(upload.pending);
    let offset = 0;
    for (; offset + EVIDENCE_CHUNK_BYTES <= all.byteLength; offset += EVIDENCE_CHUNK_BYTES) {
      insertChunkRow(
        this.db,
        upload.evidenceId,
        upload.nextSeq++,
        all.subarray(offset, offset + EVIDENCE_CHUNK_BYTES),
      );
    }
    const rest = Buffer.from(all.subarray(offset));
    upload.pending = rest.byteLength > 0 ? [rest] : [];
    upload.pendingBytes = rest.byteLength;
  }

  #completeRow(id: string): EvidenceRow {
    const row = getEvidenceRow(this.db, id);
    if (!row || row.state !== 'complete') throw notFound();
    return row;
  }

  #link(itemId: string, row: EvidenceRow): void {
    const item = getItemRow(this.db, itemId);
    if (!item || item.client_id !== row.client_id) {
      throw new HarborError('BAD_INPUT', 'That checklist item belongs to another dossier.', 'itemId');
    }
    if (!linkEvidenceRow(this.db, itemId, row.id, this.clock.now())) return;
    this.#custody(row.id, 'link', `To checklist item “${item.title}”.`);
    // A file arriving for an item still needed or requested means the item was received.
    if (item.status === 'needed' || item.status === 'requested') {
      updateItemRow(this.db, {
        ...item,
        status: 'received',
        updated_at: this.clock.now(),
        revision: item.revision + 1,
      });
      recordAudit(this.db, {
        action: 'checklist.item-updated',
        entityType: 'checklist-item',
        entityId: itemId,
        clientId: row.client_id,
        before: { status: item.status },
        after: { status: 'received' },
        detail: 'evidence linked',
      });
    }
    recordAudit(this.db, {
      action: 'evidence.linked',
      entityType: 'evidence',
      entityId: row.id,
      clientId: row.client_id,
      detail: `checklist item ${itemId}`,
    });
  }

  #custody(evidenceId: string, action: CustodyAction, detail: string): void {
    insertCustodyRow(this.db, {
      evidence_id: evidenceId,
      at: this.clock.now(),
      action,
      actor: this.actor,
      detail,
    });
  }
}

const METADATA_COLUMNS: readonly (readonly [keyof EvidenceRow, string])[] = [
  ['title', 'title'],
  ['description', 'description'],
  ['category', 'category'],
  ['source', 'source'],
  ['obtained_by', 'obtained by'],
  ['obtained_on', 'obtained on'],
  ['language', 'language'],
  ['scope', 'sharing scope'],
  ['exhibit_number', 'exhibit number'],
  ['exhibit_tab', 'exhibit tab'],
  ['authentication', 'authentication'],
  ['served_on', 'served on'],
  ['document_date', 'document date'],
  ['translation_of', 'translation pairing'],
  ['certificate_for', 'certificate pairing'],
];

function notFound(): HarborError {
  return new HarborError('NOT_FOUND', 'That evidence item no longer exists.');
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function emptyRow(): Omit<EvidenceRow, 'id' | 'client_id' | 'state' | 'title' | 'file_name' | 'media_type'> {
  return {
    description: null,
    category: null,
    byte_size: 0,
    chunk_bytes: EVIDENCE_CHUNK_BYTES,
    chunk_count: 0,
    sha256: null,
    source: null,
    obtained_by: null,
    obtained_on: null,
    language: null,
    scope: 'counsel-team',
    exhibit_number: null,
    exhibit_tab: null,
    authentication: null,
    served_on: null,
    document_date: null,
    translation_of: null,
    certificate_for: null,
    verified_at: null,
    verified_ok: null,
    created_at: '',
    updated_at: '',
    revision: 1,
  };
}

function toIndexable(row: EvidenceRow) {
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    description: row.description,
    source: row.source,
    obtainedBy: row.obtained_by,
    language: row.language,
    exhibitNumber: row.exhibit_number,
    exhibitTab: row.exhibit_tab,
  };
}

function metadataView(row: EvidenceRow) {
  return Object.fromEntries(METADATA_COLUMNS.map(([column]) => [column, row[column]]));
}

function toSummary(row: EvidenceListRow): EvidenceSummary {
  const category = evidenceCategorySchema.safeParse(row.category);
  return {
    id: row.id,
    clientId: row.client_id,
    title: row.title,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    sha256: row.sha256 as string,
    category: category.success ? category.data : null,
    scope: sharingScopeSchema.parse(row.scope),
    exhibitNumber: row.exhibit_number,
    exhibitTab: row.exhibit_tab,
    translationOf: row.translation_of,
    certificateFor: row.certificate_for,
    itemIds: JSON.parse(row.item_ids) as string[],
    lastVerification: row.verified_at !== null ? { at: row.verified_at, ok: row.verified_ok === 1 } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

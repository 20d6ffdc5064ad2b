import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../db/audit';
import { getClientRow, getRecordRow } from '../../db/dossiers';
import type { Db } from '../../db/vault';
import {
  type StatementRow,
  deleteDraftRow,
  deleteVisitRow,
  draftClientIds,
  getDraftRow,
  getVisitRow,
  insertStatementRows,
  insertVisitRow,
  statementRowsForVisit,
  upsertDraftRow,
  visitRowsForClient,
} from '../../db/visits';
import { HarborError } from '../../shared/ipc/errors';
import {
  DEFAULT_VISIT_QUESTIONS,
  type FileVisitInput,
  type VisitDraft,
  type VisitDraftInput,
  type VisitExport,
  type VisitQuestion,
  fileVisitSchema,
  visitDraftSchema,
  visitNote,
  visitQuestionSchema,
} from '../../shared/visit/visit';
import type { Clock } from './clock';
import type { DossierService } from './dossier-service';
import type { VaultAccess } from './vault-service';

/** Open questions the dossier already has (the evidence checklist's unsettled items), when that feature is present. */
export type OpenQuestions = (clientId: string) => readonly { id: string; text: string }[];

/**
 * The visit capture mode's use cases: what to ask (the dossier's open checklist items, or the visit's own list), the
 * draft saved while the visit runs (so an idle lock mid-visit loses nothing), and filing: the note record, the visit
 * and its structured statements, the draft removed and the audit entry, in one transaction.
 */
export class VisitService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly dossiers: DossierService,
    private readonly clock: Clock,
    private readonly openQuestions: OpenQuestions = () => [],
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  /** The questions to start with and any draft left from an interrupted visit. */
  prepare(clientId: string): { questions: VisitQuestion[]; draft: VisitDraft | null } {
    this.#client(clientId);
    const fromChecklist = this.openQuestions(clientId).map((q) =>
      visitQuestionSchema.parse({ id: `checklist:${q.id}`, text: q.text, source: 'checklist' }),
    );
    const questions =
      fromChecklist.length > 0
        ? fromChecklist
        : DEFAULT_VISIT_QUESTIONS.map((text, i) => visitQuestionSchema.parse({ id: `visit:${i + 1}`, text }));
    return { questions, draft: this.draft(clientId) };
  }

  draft(clientId: string): VisitDraft | null {
    const row = getDraftRow(this.db, clientId);
    if (!row) return null;
    const parsed = visitDraftSchema.safeParse(JSON.parse(row.data));
    return parsed.success ? parsed.data : null;
  }

  /** Clients with a visit in progress, most recent first. */
  drafts(): string[] {
    return draftClientIds(this.db);
  }

  saveDraft(clientId: string, input: VisitDraftInput): { savedAt: string } {
    const draft = visitDraftSchema.parse(input);
    this.#client(clientId);
    const savedAt = this.clock.now();
    upsertDraftRow(this.db, clientId, JSON.stringify(draft), savedAt);
    return { savedAt };
  }

  discardDraft(clientId: string): void {
    if (deleteDraftRow(this.db, clientId) > 0) {
      recordAudit(this.db, { action: 'visit.discarded', entityType: 'visit', clientId });
    }
  }

  /** Files the visit: a note record telling it, the structured statements beside it, one transaction. */
  file(clientId: string, input: FileVisitInput): { visitId: string; noteId: string } {
    const visit = fileVisitSchema.parse(input);
    if (visit.endedAt < visit.startedAt)
      throw new HarborError('BAD_INPUT', 'The visit ends before it starts.');
    const noteId = randomUUID();
    const visitId = randomUUID();
    const note = visitNote(visit);
    this.db.transaction(() => {
      this.#client(clientId);
      this.dossiers.saveRecord(clientId, { id: noteId, kind: 'note', scope: visit.scope, data: note });
      insertVisitRow(this.db, {
        id: visitId,
        client_id: clientId,
        note_id: noteId,
        started_at: visit.startedAt,
        ended_at: visit.endedAt,
        elapsed_seconds: visit.elapsedSeconds,
        place: visit.place,
        questions: JSON.stringify(visit.questions),
        created_at: this.clock.now(),
      });
      insertStatementRows(this.db, statementRows(visitId, visit.statements));
      deleteDraftRow(this.db, clientId);
      recordAudit(this.db, {
        action: 'visit.filed',
        entityType: 'visit',
        entityId: visitId,
        clientId,
        after: {
          noteId,
          startedAt: visit.startedAt,
          endedAt: visit.endedAt,
          statements: visit.statements.length,
          questions: visit.questions.filter((q) => q.done).length,
        },
      });
    })();
    return { visitId, noteId };
  }

  /** The visits of one client, with their statements, as a case bundle carries them. */
  exportForClient(clientId: string, noteIds?: ReadonlySet<string>): VisitExport[] {
    return visitRowsForClient(this.db, clientId)
      .filter((row) => !noteIds || noteIds.has(row.note_id))
      .map((row) => ({
        id: row.id,
        noteId: row.note_id,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        elapsedSeconds: row.elapsed_seconds,
        place: row.place,
        questions: visitQuestionSchema.array().parse(JSON.parse(row.questions)),
        statements: statementRowsForVisit(this.db, row.id).map((s) => ({
          id: s.id,
          at: s.said_at,
          text: s.text,
          language: s.language,
          interpreter: s.interpreter,
        })),
      }));
  }

  /**
   * Writes visits from a bundle (inside the caller's transaction): each replaces the visit of the same id, and only
   * visits whose note is in this client's dossier are kept.
   */
  importVisits(clientId: string, visits: readonly VisitExport[]): number {
    let count = 0;
    for (const visit of visits) {
      const note = getRecordRow(this.db, visit.noteId);
      if (!note || note.client_id !== clientId) continue;
      const existing = getVisitRow(this.db, visit.id);
      if (existing && existing.client_id !== clientId) {
        throw new HarborError('CONFLICT', 'A visit in the bundle belongs to another dossier in this vault.');
      }
      if (existing) deleteVisitRow(this.db, visit.id);
      this.db.prepare('DELETE FROM visits WHERE note_id = ?').run(visit.noteId);
      insertVisitRow(this.db, {
        id: visit.id,
        client_id: clientId,
        note_id: visit.noteId,
        started_at: visit.startedAt,
        ended_at: visit.endedAt,
        elapsed_seconds: visit.elapsedSeconds,
        place: visit.place,
        questions: JSON.stringify(visit.questions),
        created_at: this.clock.now(),
      });
      insertStatementRows(this.db, statementRows(visit.id, visit.statements));
      count++;
    }
    return count;
  }

  #client(clientId: string): void {
    if (!getClientRow(this.db, clientId)) {
      throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
    }
  }
}

function statementRows(visitId: string, statements: VisitExport['statements']): StatementRow[] {
  return statements.map((s, position) => ({
    id: s.id,
    visit_id: visitId,
    position,
    said_at: s.at,
    language: s.language,
    interpreter: s.interpreter,
    text: s.text,
  }));
}

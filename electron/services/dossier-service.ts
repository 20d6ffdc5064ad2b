import { randomUUID } from 'node:crypto';
import { auditRowsForClient, recordAudit } from '../../db/audit';
import {
  type ClientRow,
  type RecordRow,
  deleteClientRow,
  deleteOverrideRow,
  deleteRecordRow,
  getClientRow,
  getRecordRow,
  insertClientRow,
  insertRecordRow,
  listClientRows,
  overrideRowsForClient,
  recordRowsForClient,
  replaceDeadlineRows,
  updateClientRow,
  updateRecordRow,
  upsertOverrideRow,
} from '../../db/dossiers';
import { indexDossier } from '../../db/search-index';
import type { Db } from '../../db/vault';
import { type Client, type ClientInput, clientSchema, displayName } from '../../shared/dossier/client';
import type { SharingScope } from '../../shared/dossier/common';
import type {
  Dossier,
  DossierListItem,
  DossierListQuery,
  DossierListResult,
  HistoryEntry,
} from '../../shared/dossier/dossier';
import type { ExportedDossier } from '../../shared/dossier/export-format';
import { caseFactsFromRecords } from '../../shared/dossier/facts';
import {
  type DossierRecord,
  type RecordInput,
  RECORD_KIND_LABELS,
  recordInputSchema,
  SINGLETON_KINDS,
  storedRecordSchema,
} from '../../shared/dossier/records';
import { searchWords } from '../../shared/dossier/search-text';
import { frontsToMask, maskToFronts, summarize } from '../../shared/dossier/summary';
import { applyOverrides, computeDeadlines } from '../../shared/deadlines/engine';
import { dossierChecks } from '../../shared/dossier/checks';
import { addDays } from '../../shared/deadlines/calendar';
import type { RuleParameters } from '../../shared/deadlines/rules';
import { HarborError } from '../../shared/ipc/errors';
import type { Clock } from './clock';
import type { SettingsService } from './settings-service';
import type { VaultAccess } from './vault-service';

/**
 * Dossiers: the client and the records of every front. Each change is one transaction that writes the rows, the
 * audit entry (before and after) and the derived columns and deadlines, so the list and the dashboard never
 * disagree with the dossier.
 */
export class DossierService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  list(query: DossierListQuery): DossierListResult {
    const today = this.clock.today();
    const { total, rows } = listClientRows(this.db, {
      words: searchWords(query.text),
      frontsMask: frontsToMask(query.fronts),
      statuses: query.statuses,
      detained: query.detained === 'any' ? null : query.detained === 'detained',
      deadlineUntil: query.deadlineWithinDays === undefined ? null : addDays(today, query.deadlineWithinDays),
      sort: query.sort,
      offset: query.offset,
      limit: query.limit,
    });
    return { total, offset: query.offset, rows: rows.map(toListItem) };
  }

  get(id: string): Dossier {
    const row = this.#clientRow(id);
    const records = recordRowsForClient(this.db, id).map(parseRecordRow);
    const client = parseClient(row);
    const deadlines = this.#deadlinesFor(id, records);
    return {
      id,
      client,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      revision: row.revision,
      detained: row.detained === 1,
      fronts: maskToFronts(row.fronts_mask),
      records,
      deadlines,
      checks: dossierChecks(records, deadlines, this.clock.today()),
    };
  }

  create(input: ClientInput): Dossier {
    const client = clientSchema.parse(input);
    const id = randomUUID();
    const now = this.clock.now();
    this.db.transaction(() => {
      insertClientRow(this.db, clientRow(id, client, now, now, 1));
      recordAudit(this.db, {
        action: 'client.created',
        entityType: 'client',
        entityId: id,
        clientId: id,
        after: client,
      });
      this.#refreshDerived(id);
    })();
    return this.get(id);
  }

  update(id: string, revision: number, input: ClientInput): Dossier {
    const client = clientSchema.parse(input);
    this.db.transaction(() => {
      const row = this.#clientRow(id);
      if (row.revision !== revision) throw conflict();
      updateClientRow(this.db, {
        ...clientRow(id, client, row.created_at, this.clock.now(), row.revision + 1),
      });
      recordAudit(this.db, {
        action: 'client.updated',
        entityType: 'client',
        entityId: id,
        clientId: id,
        before: JSON.parse(row.data) as unknown,
        after: client,
      });
      this.#refreshDerived(id);
    })();
    return this.get(id);
  }

  delete(id: string): void {
    this.db.transaction(() => {
      const row = this.#clientRow(id);
      deleteClientRow(this.db, id);
      recordAudit(this.db, {
        action: 'client.deleted',
        entityType: 'client',
        entityId: id,
        clientId: id,
        before: JSON.parse(row.data) as unknown,
      });
    })();
  }

  /** Creates or updates one record; `revision` guards against overwriting a change made elsewhere. */
  saveRecord(clientId: string, input: RecordInput, revision?: number): Dossier {
    const record = recordInputSchema.parse(input);
    this.db.transaction(() => {
      this.#clientRow(clientId);
      const now = this.clock.now();
      const existing = record.id ? getRecordRow(this.db, record.id) : undefined;
      if (existing) {
        if (existing.client_id !== clientId || existing.kind !== record.kind) {
          throw new HarborError('CONFLICT', 'That record belongs to another dossier or kind.');
        }
        if (revision !== undefined && existing.revision !== revision) throw conflict();
        const next: RecordRow = {
          ...existing,
          scope: record.scope,
          data: JSON.stringify(record.data),
          updated_at: now,
          revision: existing.revision + 1,
        };
        updateRecordRow(this.db, next);
        recordAudit(this.db, {
          action: 'record.updated',
          entityType: record.kind,
          entityId: existing.id,
          clientId,
          before: { scope: existing.scope, data: JSON.parse(existing.data) as unknown },
          after: { scope: record.scope, data: record.data },
        });
      } else {
        if (SINGLETON_KINDS.includes(record.kind)) {
          const already = recordRowsForClient(this.db, clientId).some((r) => r.kind === record.kind);
          if (already) {
            throw new HarborError(
              'CONFLICT',
              `This dossier already has its ${RECORD_KIND_LABELS[record.kind]}.`,
            );
          }
        }
        const id = record.id ?? randomUUID();
        insertRecordRow(this.db, {
          id,
          client_id: clientId,
          kind: record.kind,
          scope: record.scope,
          data: JSON.stringify(record.data),
          created_at: now,
          updated_at: now,
          revision: 1,
        });
        recordAudit(this.db, {
          action: 'record.created',
          entityType: record.kind,
          entityId: id,
          after: { scope: record.scope, data: record.data },
          clientId,
        });
      }
      this.#touch(clientId);
      this.#refreshDerived(clientId);
    })();
    return this.get(clientId);
  }

  deleteRecord(clientId: string, recordId: string): Dossier {
    this.db.transaction(() => {
      const existing = getRecordRow(this.db, recordId);
      if (!existing || existing.client_id !== clientId) {
        throw new HarborError('NOT_FOUND', 'That record no longer exists.');
      }
      deleteRecordRow(this.db, recordId);
      recordAudit(this.db, {
        action: 'record.deleted',
        entityType: existing.kind,
        entityId: recordId,
        before: { scope: existing.scope, data: JSON.parse(existing.data) as unknown },
        clientId,
      });
      this.#touch(clientId);
      this.#refreshDerived(clientId);
    })();
    return this.get(clientId);
  }

  /** The attorney's date replaces the computed one; the reason and both dates go into the audit trail. */
  overrideDeadline(clientId: string, key: string, dueDate: string, reason: string): Dossier {
    this.db.transaction(() => {
      const computed = this.get(clientId).deadlines.find((d) => d.key === key);
      if (!computed)
        throw new HarborError('NOT_FOUND', 'That deadline is no longer computed for this dossier.');
      upsertOverrideRow(this.db, {
        client_id: clientId,
        key,
        due_date: dueDate,
        reason,
        created_at: this.clock.now(),
      });
      recordAudit(this.db, {
        action: 'deadline.overridden',
        entityType: 'deadline',
        entityId: key,
        clientId,
        before: { dueDate: computed.override?.originalDueDate ?? computed.dueDate },
        after: { dueDate, reason },
      });
      this.#refreshDerived(clientId);
    })();
    return this.get(clientId);
  }

  clearDeadlineOverride(clientId: string, key: string): Dossier {
    this.db.transaction(() => {
      if (deleteOverrideRow(this.db, clientId, key) === 0) {
        throw new HarborError('NOT_FOUND', 'That deadline has no override.');
      }
      recordAudit(this.db, {
        action: 'deadline.override-cleared',
        entityType: 'deadline',
        entityId: key,
        clientId,
      });
      this.#refreshDerived(clientId);
    })();
    return this.get(clientId);
  }

  /** Recomputes every dossier's deadlines, after the rule parameters changed. */
  refreshAllDeadlines(): number {
    const ids = this.db.prepare('SELECT id FROM clients').pluck().all() as string[];
    this.db.transaction(() => ids.forEach((id) => this.#refreshDerived(id)))();
    return ids.length;
  }

  /** Writes whole dossiers (from an import file or the seed), each with its derived columns, in one transaction. */
  insertDossiers(dossiers: Iterable<ExportedDossier>, { audit = true }: { audit?: boolean } = {}): number {
    let count = 0;
    this.db.transaction(() => {
      for (const d of dossiers) {
        if (getClientRow(this.db, d.id)) {
          throw new HarborError(
            'CONFLICT',
            `A dossier with id ${d.id} is already in this vault.`,
            `dossiers.${count}.id`,
          );
        }
        insertClientRow(this.db, clientRow(d.id, d.client, d.createdAt, d.updatedAt, 1));
        for (const [index, r] of d.records.entries()) {
          if (getRecordRow(this.db, r.id)) {
            throw new HarborError(
              'CONFLICT',
              `A record with id ${r.id} is already in this vault.`,
              `dossiers.${count}.records.${index}.id`,
            );
          }
          insertRecordRow(this.db, {
            id: r.id,
            client_id: d.id,
            kind: r.kind,
            scope: r.scope,
            data: JSON.stringify(r.data),
            created_at: r.createdAt,
            updated_at: r.updatedAt,
            revision: 1,
          });
        }
        for (const o of d.deadlineOverrides) {
          upsertOverrideRow(this.db, {
            client_id: d.id,
            key: o.key,
            due_date: o.dueDate,
            reason: o.reason,
            created_at: o.createdAt,
          });
        }
        if (audit)
          recordAudit(this.db, {
            action: 'client.imported',
            entityType: 'client',
            entityId: d.id,
            clientId: d.id,
          });
        this.#refreshDerived(d.id);
        count++;
      }
    })();
    return count;
  }

  /** Dossiers in the export format, for one client or all. */
  *exportDossiers(clientId?: string): Generator<ExportedDossier> {
    const ids = clientId
      ? [this.#clientRow(clientId).id]
      : (this.db.prepare('SELECT id FROM clients ORDER BY created_at, id').pluck().all() as string[]);
    for (const id of ids) {
      const row = this.#clientRow(id);
      yield {
        id,
        client: parseClient(row),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        records: recordRowsForClient(this.db, id).map((r) => {
          const parsed = parseRecordRow(r);
          return {
            id: parsed.id,
            kind: parsed.kind,
            scope: parsed.scope,
            data: parsed.data,
            createdAt: parsed.createdAt,
            updatedAt: parsed.updatedAt,
          } as ExportedDossier['records'][number];
        }),
        deadlineOverrides: overrideRowsForClient(this.db, id).map((o) => ({
          key: o.key,
          dueDate: o.due_date,
          reason: o.reason,
          createdAt: o.created_at,
        })),
      };
    }
  }

  history(clientId: string, limit: number): HistoryEntry[] {
    return auditRowsForClient(this.db, clientId, limit).map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
      after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
      detail: row.detail,
    }));
  }

  /** Exports leave the vault on purpose; each is logged with its format and extent, never its content. */
  recordExport(format: string, dossierCount: number, clientId?: string): void {
    recordAudit(this.db, {
      action: 'export',
      entityType: clientId ? 'client' : 'vault',
      entityId: clientId,
      clientId,
      detail: `${format}: ${dossierCount} dossier(s)`,
    });
  }

  #clientRow(id: string): ClientRow {
    const row = getClientRow(this.db, id);
    if (!row) throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
    return row;
  }

  #touch(clientId: string): void {
    this.db
      .prepare('UPDATE clients SET updated_at = ?, revision = revision + 1 WHERE id = ?')
      .run(this.clock.now(), clientId);
  }

  #ruleParameters(): RuleParameters {
    return this.settings.get().ruleParameters;
  }

  #deadlinesFor(clientId: string, records: readonly DossierRecord[]) {
    const overrides = overrideRowsForClient(this.db, clientId).map((o) => ({
      key: o.key,
      dueDate: o.due_date,
      reason: o.reason,
    }));
    const computed = computeDeadlines(
      caseFactsFromRecords(records, this.clock.today()),
      this.#ruleParameters(),
    );
    return applyOverrides(computed, overrides);
  }

  /** Rebuilds the list columns, the deadline rows and the search index of one client from its records. */
  #refreshDerived(clientId: string): void {
    const row = this.#clientRow(clientId);
    const records = recordRowsForClient(this.db, clientId).map(parseRecordRow);
    const client = parseClient(row);
    const summary = summarize(client, records);
    indexDossier(this.db, clientId, client, records);
    const deadlines = this.#deadlinesFor(clientId, records);
    replaceDeadlineRows(
      this.db,
      clientId,
      deadlines.map((d) => ({
        client_id: clientId,
        key: d.key,
        rule_id: d.ruleId,
        front: d.front,
        due_date: d.dueDate,
        status: d.status,
        record_id: d.relatedRecordId ?? null,
        overridden: d.override ? 1 : 0,
      })),
    );
    const next = deadlines
      .filter((d) => d.status === 'open')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    this.db
      .prepare(
        `UPDATE clients SET sort_name = ?, search_text = ?, detained = ?, fronts_mask = ?, next_deadline = ?,
           next_deadline_rule = ? WHERE id = ?`,
      )
      .run(
        summary.sortName,
        summary.searchText,
        summary.detained ? 1 : 0,
        summary.frontsMask,
        next?.dueDate ?? null,
        next?.ruleId ?? null,
        clientId,
      );
  }
}

function conflict(): HarborError {
  return new HarborError(
    'CONFLICT',
    'This dossier was changed elsewhere since you opened it. Reload and try again.',
  );
}

function clientRow(
  id: string,
  client: Client,
  createdAt: string,
  updatedAt: string,
  revision: number,
): ClientRow {
  const summary = summarize(client, []);
  return {
    id,
    data: JSON.stringify(client),
    scope: client.scope satisfies SharingScope,
    status: client.status,
    sort_name: summary.sortName,
    search_text: summary.searchText,
    detained: 0,
    fronts_mask: 0,
    next_deadline: null,
    next_deadline_rule: null,
    created_at: createdAt,
    updated_at: updatedAt,
    revision,
  };
}

function parseClient(row: ClientRow): Client {
  return clientSchema.parse(JSON.parse(row.data));
}

function parseRecordRow(row: RecordRow): DossierRecord {
  return storedRecordSchema.parse({
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    scope: row.scope,
    data: JSON.parse(row.data) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  });
}

function toListItem(row: ClientRow): DossierListItem {
  const client = JSON.parse(row.data) as Pick<Client, 'familyName' | 'givenNames' | 'nationalities'>;
  return {
    id: row.id,
    familyName: client.familyName,
    givenNames: client.givenNames,
    displayName: displayName(client),
    nationalities: client.nationalities,
    status: row.status as Client['status'],
    detained: row.detained === 1,
    fronts: maskToFronts(row.fronts_mask),
    nextDeadline: row.next_deadline
      ? { dueDate: row.next_deadline, ruleId: row.next_deadline_rule ?? '' }
      : null,
    updatedAt: row.updated_at,
  };
}

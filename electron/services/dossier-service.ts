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
  updateClientRow,
  updateRecordRow,
  upsertOverrideRow,
} from '../../db/dossiers';
import {
  type CustomDeadlineRow,
  type DeadlineRow,
  type TrackingRow,
  customDeadlineRowsForClient,
  getCustomDeadlineRow,
  insertCustomDeadlineRow,
  updateCustomDeadlineRow,
  putTrackingRow,
  replaceDeadlineRows,
  trackingRowsForClient,
} from '../../db/docket';
import { getMeta, setMeta } from '../../db/vault-meta';
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
import {
  type Deadline,
  type EngineOptions,
  applyOverrides,
  computeDeadlines,
} from '../../shared/deadlines/engine';
import {
  type StoredCustomDeadline,
  customDeadlineDataSchema,
  customDeadlineEntry,
} from '../../shared/deadlines/custom';
import {
  DOCKET_VERSION,
  type DeadlineTracking,
  assembleDocket,
  remindOn,
} from '../../shared/deadlines/docket';
import { dossierChecks } from '../../shared/dossier/checks';
import { sharingScopeSchema } from '../../shared/dossier/common';
import { addDays } from '../../shared/deadlines/calendar';
import type { RuleParameters } from '../../shared/deadlines/rules';
import { HarborError } from '../../shared/ipc/errors';
import type { Clock } from './clock';
import type { SettingsService } from './settings-service';
import type { VaultAccess } from './vault-service';

/** What computing one dossier's docket needs from Settings, read once per call (or per batch of dossiers). */
interface DocketContext {
  ruleParameters: RuleParameters;
  engine: EngineOptions;
  defaultReminderDays: number;
  today: string;
}

/** vault_meta key: the docket version the derived deadline rows were built with. */
const DOCKET_META_KEY = 'derived.docket';

/**
 * Dossiers: the client and the records of every front. Each change is one transaction that writes the rows, the
 * audit entry (before and after) and the derived columns and deadlines, so the list and the dashboard never
 * disagree with the dossier. The dossier a change returns is the one its refresh just computed: nothing is read or
 * computed twice.
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
    const deadlines = this.#docketFor(id, records, this.#docketContext());
    return this.#assemble(row, parseClient(row), records, deadlines, {
      detained: row.detained === 1,
      frontsMask: row.fronts_mask,
    });
  }

  /** One dossier's deadlines (computed and custom, with their tracking), without the rest of the dossier. */
  docket(clientId: string): Deadline[] {
    this.#clientRow(clientId);
    const records = recordRowsForClient(this.db, clientId).map(parseRecordRow);
    return this.#docketFor(clientId, records, this.#docketContext());
  }

  /**
   * Rebuilds the derived rows (deadline rows, list columns, search index) of one dossier after a change made by
   * another service inside its transaction, and returns the dossier it computed.
   */
  refresh(clientId: string): Dossier {
    return this.#refreshDerived(clientId, this.#docketContext());
  }

  create(input: ClientInput): Dossier {
    const client = clientSchema.parse(input);
    const id = randomUUID();
    const now = this.clock.now();
    let dossier: Dossier | undefined;
    this.db.transaction(() => {
      insertClientRow(this.db, clientRow(id, client, now, now, 1));
      recordAudit(this.db, {
        action: 'client.created',
        entityType: 'client',
        entityId: id,
        clientId: id,
        after: client,
      });
      dossier = this.refresh(id);
    })();
    return written(dossier);
  }

  update(id: string, revision: number, input: ClientInput): Dossier {
    const client = clientSchema.parse(input);
    let dossier: Dossier | undefined;
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
      dossier = this.refresh(id);
    })();
    return written(dossier);
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
    let dossier: Dossier | undefined;
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
      dossier = this.refresh(clientId);
    })();
    return written(dossier);
  }

  deleteRecord(clientId: string, recordId: string): Dossier {
    let dossier: Dossier | undefined;
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
      dossier = this.refresh(clientId);
    })();
    return written(dossier);
  }

  /** The attorney's date replaces the computed one; the reason and both dates go into the audit trail. */
  overrideDeadline(clientId: string, key: string, dueDate: string, reason: string): Dossier {
    let dossier: Dossier | undefined;
    this.db.transaction(() => {
      const computed = this.docket(clientId).find((d) => d.key === key);
      if (!computed)
        throw new HarborError('NOT_FOUND', 'That deadline is no longer computed for this dossier.');
      if (computed.kind === 'custom') {
        throw new HarborError('BAD_INPUT', 'Change the date of a deadline you entered by editing it.', 'key');
      }
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
      dossier = this.refresh(clientId);
    })();
    return written(dossier);
  }

  clearDeadlineOverride(clientId: string, key: string): Dossier {
    let dossier: Dossier | undefined;
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
      dossier = this.refresh(clientId);
    })();
    return written(dossier);
  }

  /** Every dossier's id, for a recompute run over batches. */
  allClientIds(): string[] {
    return this.db.prepare('SELECT id FROM clients ORDER BY id').pluck().all() as string[];
  }

  /**
   * Recomputes the derived rows of these dossiers (deadlines, list columns, search index) in one transaction, with
   * Settings read once. Ids no longer in the vault are skipped. Cheap per call, so a job can run it over batches
   * of a large vault between other work; returns how many dossiers it refreshed.
   */
  refreshDeadlines(clientIds: readonly string[]): number {
    const context = this.#docketContext();
    let refreshed = 0;
    this.db.transaction(() => {
      for (const id of clientIds) {
        if (!getClientRow(this.db, id)) continue;
        this.#refreshDerived(id, context);
        refreshed++;
      }
    })();
    return refreshed;
  }

  /** False when the deadline rows were built by an older docket (or a migration dropped them): refresh them all. */
  docketIsCurrent(): boolean {
    return getMeta(this.db, DOCKET_META_KEY) === String(DOCKET_VERSION);
  }

  /** Records that every dossier's rows are built by this docket version (after a full refresh). */
  markDocketCurrent(): void {
    setMeta(this.db, DOCKET_META_KEY, String(DOCKET_VERSION));
  }

  /** Recomputes every dossier's deadlines in one go (after the rules or their settings changed), then the stamp. */
  refreshAllDeadlines(): number {
    const ids = this.allClientIds();
    let refreshed = 0;
    this.db.transaction(() => {
      refreshed = this.refreshDeadlines(ids);
      this.markDocketCurrent();
    })();
    return refreshed;
  }

  /** Writes whole dossiers (from an import file or the seed), each with its derived columns, in one transaction. */
  insertDossiers(dossiers: Iterable<ExportedDossier>, { audit = true }: { audit?: boolean } = {}): number {
    let count = 0;
    const context = this.#docketContext();
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
        for (const c of d.customDeadlines) {
          insertCustomDeadlineRow(this.db, {
            id: c.id,
            client_id: d.id,
            scope: c.scope,
            data: JSON.stringify(c.data),
            created_at: c.createdAt,
            updated_at: c.updatedAt,
            revision: 1,
          });
        }
        for (const t of d.deadlineTracking) putTrackingRow(this.db, trackingRow(d.id, t));
        if (audit)
          recordAudit(this.db, {
            action: 'client.imported',
            entityType: 'client',
            entityId: d.id,
            clientId: d.id,
          });
        this.#refreshDerived(d.id, context);
        count++;
      }
    })();
    return count;
  }

  /**
   * Adds or updates the custom deadlines and deadline tracking of a case bundle on an existing dossier (a custom
   * deadline of another dossier is refused), then refreshes it. Deadlines the bundle does not carry stay.
   */
  mergeDocket(
    clientId: string,
    customs: ExportedDossier['customDeadlines'],
    tracking: ExportedDossier['deadlineTracking'],
  ): Dossier {
    let dossier: Dossier | undefined;
    this.db.transaction(() => {
      this.#clientRow(clientId);
      for (const c of customs) {
        const existing = getCustomDeadlineRow(this.db, c.id);
        const row = {
          id: c.id,
          client_id: clientId,
          scope: c.scope,
          data: JSON.stringify(c.data),
          created_at: c.createdAt,
          updated_at: c.updatedAt,
          revision: 1,
        };
        if (!existing) insertCustomDeadlineRow(this.db, row);
        else if (existing.client_id !== clientId) {
          throw new HarborError(
            'CONFLICT',
            'A deadline in the bundle belongs to another dossier in this vault.',
          );
        } else if (existing.data !== row.data || existing.scope !== row.scope) {
          updateCustomDeadlineRow(this.db, { ...row, revision: existing.revision + 1 });
        }
      }
      for (const t of tracking) putTrackingRow(this.db, trackingRow(clientId, t));
      dossier = this.refresh(clientId);
    })();
    return written(dossier);
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
        customDeadlines: customDeadlineRowsForClient(this.db, id).map((c) => ({
          id: c.id,
          scope: sharingScopeSchema.parse(c.scope),
          data: customDeadlineDataSchema.parse(JSON.parse(c.data)),
          createdAt: c.created_at,
          updatedAt: c.updated_at,
        })),
        deadlineTracking: trackingRowsForClient(this.db, id).map(exportedTracking),
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

  #docketContext(): DocketContext {
    const settings = this.settings.get();
    return {
      ruleParameters: settings.ruleParameters,
      engine: { closures: settings.courtClosures, safeDateBusinessDays: settings.safeDateBusinessDays },
      defaultReminderDays: settings.defaultReminderDays,
      today: this.clock.today(),
    };
  }

  #docketFor(clientId: string, records: readonly DossierRecord[], context: DocketContext): Deadline[] {
    const overrides = overrideRowsForClient(this.db, clientId).map((o) => ({
      key: o.key,
      dueDate: o.due_date,
      reason: o.reason,
    }));
    const computed = computeDeadlines(
      caseFactsFromRecords(records, context.today),
      context.ruleParameters,
      context.engine,
    );
    return assembleDocket({
      computed: applyOverrides(computed, overrides),
      custom: customDeadlineRowsForClient(this.db, clientId)
        .map(parseCustomDeadlineRow)
        .map((c) => customDeadlineEntry(c, context.engine.closures)),
      tracking: trackingRowsForClient(this.db, clientId).map(toTracking),
      defaultReminderDays: context.defaultReminderDays,
      today: context.today,
    });
  }

  #assemble(
    row: ClientRow,
    client: Client,
    records: DossierRecord[],
    deadlines: Deadline[],
    derived: { detained: boolean; frontsMask: number },
  ): Dossier {
    return {
      id: row.id,
      client,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      revision: row.revision,
      detained: derived.detained,
      fronts: maskToFronts(derived.frontsMask),
      records,
      deadlines,
      checks: dossierChecks(records, deadlines, this.clock.today()),
    };
  }

  /** Rebuilds the list columns, the deadline rows and the search index of one client, and returns the dossier. */
  #refreshDerived(clientId: string, context: DocketContext): Dossier {
    const row = this.#clientRow(clientId);
    const records = recordRowsForClient(this.db, clientId).map(parseRecordRow);
    const client = parseClient(row);
    const summary = summarize(client, records);
    const customs = customDeadlineRowsForClient(this.db, clientId).map(parseCustomDeadlineRow);
    indexDossier(this.db, clientId, client, records, customs);
    const deadlines = this.#docketFor(clientId, records, context);
    const open = client.status !== 'closed';
    replaceDeadlineRows(
      this.db,
      clientId,
      deadlines.map((d) => deadlineRow(clientId, d, summary.sortName, open, context.defaultReminderDays)),
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
        next?.ruleId ?? (next ? 'custom' : null),
        clientId,
      );
    return this.#assemble(row, client, records, deadlines, summary);
  }
}

/** The dossier a transaction computed; the transaction always sets it before returning. */
function written(dossier: Dossier | undefined): Dossier {
  if (!dossier) throw new Error('the change did not compute its dossier');
  return dossier;
}

function deadlineRow(
  clientId: string,
  d: Deadline,
  sortName: string,
  clientOpen: boolean,
  defaultReminderDays: number,
): DeadlineRow {
  return {
    client_id: clientId,
    key: d.key,
    kind: d.kind,
    rule_id: d.ruleId,
    front: d.front,
    title: d.title,
    due_date: d.dueDate,
    status: d.status,
    record_id: d.relatedRecordId ?? null,
    overridden: d.override ? 1 : 0,
    watch: d.watch ? 1 : 0,
    owner: d.owner ?? null,
    remind_on: remindOn(d, defaultReminderDays),
    expires_after: d.expiresAfter ?? null,
    sort_name: sortName,
    listed: clientOpen && d.status === 'open' ? 1 : 0,
  };
}

export function parseCustomDeadlineRow(row: CustomDeadlineRow): StoredCustomDeadline {
  return {
    id: row.id,
    scope: sharingScopeSchema.parse(row.scope),
    data: customDeadlineDataSchema.parse(JSON.parse(row.data)),
  };
}

export function toTracking(row: TrackingRow): DeadlineTracking {
  const tracking: DeadlineTracking = { key: row.key };
  if (row.owner !== null) tracking.owner = row.owner;
  if (row.reminder_days !== null) tracking.reminderDays = row.reminder_days;
  if (row.resolution !== null && row.resolved_on !== null) {
    tracking.resolution = {
      state: row.resolution,
      date: row.resolved_on,
      by: row.resolved_by ?? '',
      at: row.resolved_at ?? row.updated_at,
      ...(row.resolution_note === null ? {} : { note: row.resolution_note }),
    };
  }
  return tracking;
}

function exportedTracking(row: TrackingRow): ExportedDossier['deadlineTracking'][number] {
  const tracking = toTracking(row);
  const { resolution } = tracking;
  return {
    key: tracking.key,
    ...(tracking.owner === undefined ? {} : { owner: tracking.owner }),
    ...(tracking.reminderDays === undefined ? {} : { reminderDays: tracking.reminderDays }),
    ...(resolution === undefined ? {} : { resolution: { ...resolution, by: resolution.by || 'unknown' } }),
    updatedAt: row.updated_at,
  };
}

function trackingRow(clientId: string, t: ExportedDossier['deadlineTracking'][number]): TrackingRow {
  return {
    client_id: clientId,
    key: t.key,
    owner: t.owner ?? null,
    reminder_days: t.reminderDays ?? null,
    resolution: t.resolution?.state ?? null,
    resolved_on: t.resolution?.date ?? null,
    resolved_by: t.resolution?.by ?? null,
    resolution_note: t.resolution?.note ?? null,
    resolved_at: t.resolution?.at ?? null,
    updated_at: t.updatedAt,
  };
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

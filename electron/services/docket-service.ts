import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../db/audit';
import {
  type TrackingRow,
  deleteCustomDeadlineRow,
  deleteTrackingRow,
  getCustomDeadlineRow,
  getTrackingRow,
  insertCustomDeadlineRow,
  putTrackingRow,
  updateCustomDeadlineRow,
} from '../../db/docket';
import { getClientRow, getRecordRow } from '../../db/dossiers';
import type { Db } from '../../db/vault';
import {
  type CustomDeadlineInput,
  type ParsedCustomDeadlineInput,
  customDeadlineInputSchema,
  customDeadlineKey,
} from '../../shared/deadlines/custom';
import type { Deadline } from '../../shared/deadlines/engine';
import type { Dossier } from '../../shared/dossier/dossier';
import { HarborError } from '../../shared/ipc/errors';
import type { Clock } from './clock';
import type { DossierService } from './dossier-service';
import type { VaultAccess } from './vault-service';

/**
 * A deadline's life: the attorney's own deadlines (added, edited, deleted), and for every deadline, computed or
 * custom, "done" (when, by whom, a note), "not applicable" (with the reason), reopened, its owner and its reminder
 * lead time. Each change is one transaction with its audit entry in the dossier's history, and returns the dossier
 * as the refresh computed it.
 */
export class DocketService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly dossiers: DossierService,
    private readonly clock: Clock,
    /** Who acts, as the "done by" of a deadline (the operating-system user by default). */
    private readonly actor: string,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  addCustom(clientId: string, input: CustomDeadlineInput): Dossier {
    const deadline = customDeadlineInputSchema.parse(input);
    return this.#change(clientId, () => {
      this.#checkRelatedRecord(clientId, deadline);
      const id = randomUUID();
      const now = this.clock.now();
      insertCustomDeadlineRow(this.db, {
        id,
        client_id: clientId,
        scope: deadline.scope,
        data: JSON.stringify(dataOf(deadline)),
        created_at: now,
        updated_at: now,
        revision: 1,
      });
      this.#writeTracking(clientId, customDeadlineKey(id), (row) => ({
        ...row,
        owner: deadline.owner ?? null,
        reminder_days: deadline.reminderDays ?? null,
      }));
      recordAudit(this.db, {
        action: 'deadline.custom-created',
        entityType: 'deadline',
        entityId: customDeadlineKey(id),
        clientId,
        after: deadline,
      });
    });
  }

  updateCustom(clientId: string, id: string, input: CustomDeadlineInput, revision?: number): Dossier {
    const deadline = customDeadlineInputSchema.parse(input);
    return this.#change(clientId, () => {
      const existing = getCustomDeadlineRow(this.db, id);
      if (!existing || existing.client_id !== clientId) throw gone();
      if (revision !== undefined && existing.revision !== revision) {
        throw new HarborError('CONFLICT', 'This deadline was changed elsewhere. Reload and try again.');
      }
      this.#checkRelatedRecord(clientId, deadline);
      const key = customDeadlineKey(id);
      const before = {
        scope: existing.scope,
        ...(JSON.parse(existing.data) as object),
        ...this.#tracked(clientId, key),
      };
      updateCustomDeadlineRow(this.db, {
        ...existing,
        scope: deadline.scope,
        data: JSON.stringify(dataOf(deadline)),
        updated_at: this.clock.now(),
        revision: existing.revision + 1,
      });
      this.#writeTracking(clientId, key, (row) => ({
        ...row,
        owner: deadline.owner ?? null,
        reminder_days: deadline.reminderDays ?? null,
      }));
      recordAudit(this.db, {
        action: 'deadline.custom-updated',
        entityType: 'deadline',
        entityId: key,
        clientId,
        before,
        after: deadline,
      });
    });
  }

  deleteCustom(clientId: string, id: string): Dossier {
    return this.#change(clientId, () => {
      const existing = getCustomDeadlineRow(this.db, id);
      if (!existing || existing.client_id !== clientId) throw gone();
      const key = customDeadlineKey(id);
      deleteCustomDeadlineRow(this.db, id);
      deleteTrackingRow(this.db, clientId, key);
      recordAudit(this.db, {
        action: 'deadline.custom-deleted',
        entityType: 'deadline',
        entityId: key,
        clientId,
        before: { scope: existing.scope, ...(JSON.parse(existing.data) as object) },
      });
    });
  }

  /** Marks a deadline done: on `date` (today by default), by the acting user, with an optional note. */
  markDone(clientId: string, key: string, { date, note }: { date?: string; note?: string } = {}): Dossier {
    return this.#change(clientId, () => {
      const deadline = this.#deadline(clientId, key);
      const on = date ?? this.clock.today();
      if (on > this.clock.today()) {
        throw new HarborError('BAD_INPUT', 'A deadline cannot be marked done on a future date.', 'date');
      }
      this.#resolve(clientId, deadline, { resolution: 'done', on, note: note || null }, 'deadline.done');
    });
  }

  /** Sets a deadline aside as not applicable; the reason is required and kept. */
  markNotApplicable(clientId: string, key: string, reason: string): Dossier {
    const why = reason.trim();
    if (why.length < 3) {
      throw new HarborError('BAD_INPUT', 'Say why it does not apply (at least a few words).', 'reason');
    }
    return this.#change(clientId, () => {
      const deadline = this.#deadline(clientId, key);
      this.#resolve(
        clientId,
        deadline,
        { resolution: 'not-applicable', on: this.clock.today(), note: why },
        'deadline.not-applicable',
      );
    });
  }

  /** Undoes "done" or "not applicable": the deadline is open again (a completion recorded in the dates stays). */
  reopen(clientId: string, key: string): Dossier {
    return this.#change(clientId, () => {
      const row = getTrackingRow(this.db, clientId, key);
      if (!row?.resolution) {
        throw new HarborError('NOT_FOUND', 'That deadline was not marked done or not applicable.', 'key');
      }
      const before = {
        resolution: row.resolution,
        date: row.resolved_on,
        by: row.resolved_by,
        note: row.resolution_note,
      };
      this.#writeTracking(clientId, key, (current) => ({
        ...current,
        resolution: null,
        resolved_on: null,
        resolved_by: null,
        resolution_note: null,
        resolved_at: null,
      }));
      recordAudit(this.db, {
        action: 'deadline.reopened',
        entityType: 'deadline',
        entityId: key,
        clientId,
        before,
      });
    });
  }

  /** Names who answers for a deadline (null: nobody). */
  assign(clientId: string, key: string, owner: string | null): Dossier {
    return this.#change(clientId, () => {
      const deadline = this.#deadline(clientId, key);
      const next = owner?.trim() || null;
      this.#writeTracking(clientId, key, (row) => ({ ...row, owner: next }));
      recordAudit(this.db, {
        action: 'deadline.assigned',
        entityType: 'deadline',
        entityId: key,
        clientId,
        before: { owner: deadline.owner ?? null },
        after: { owner: next },
      });
    });
  }

  /** Sets how many days before its date a deadline's reminder starts (null: Settings' default). */
  setReminder(clientId: string, key: string, days: number | null): Dossier {
    return this.#change(clientId, () => {
      const deadline = this.#deadline(clientId, key);
      this.#writeTracking(clientId, key, (row) => ({ ...row, reminder_days: days }));
      recordAudit(this.db, {
        action: 'deadline.reminder-set',
        entityType: 'deadline',
        entityId: key,
        clientId,
        before: { reminderDays: deadline.reminderDays ?? null },
        after: { reminderDays: days },
      });
    });
  }

  #change(clientId: string, write: () => void): Dossier {
    let dossier: Dossier | undefined;
    this.db.transaction(() => {
      if (!getClientRow(this.db, clientId)) {
        throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
      }
      write();
      dossier = this.dossiers.refresh(clientId);
    })();
    if (!dossier) throw new Error('the change did not compute its dossier');
    return dossier;
  }

  #deadline(clientId: string, key: string): Deadline {
    const deadline = this.dossiers.docket(clientId).find((d) => d.key === key);
    if (!deadline)
      throw new HarborError('NOT_FOUND', 'That deadline is no longer on this dossier’s docket.', 'key');
    return deadline;
  }

  #resolve(
    clientId: string,
    deadline: Deadline,
    { resolution, on, note }: { resolution: 'done' | 'not-applicable'; on: string; note: string | null },
    action: string,
  ): void {
    const at = this.clock.now();
    this.#writeTracking(clientId, deadline.key, (row) => ({
      ...row,
      resolution,
      resolved_on: on,
      resolved_by: this.actor,
      resolution_note: note,
      resolved_at: at,
    }));
    recordAudit(this.db, {
      action,
      entityType: 'deadline',
      entityId: deadline.key,
      clientId,
      before: { status: deadline.status, dueDate: deadline.dueDate, title: deadline.title },
      after: { date: on, by: this.actor, ...(note === null ? {} : { note }) },
    });
  }

  #tracked(clientId: string, key: string): { owner?: string; reminderDays?: number } {
    const row = getTrackingRow(this.db, clientId, key);
    return {
      ...(row?.owner ? { owner: row.owner } : {}),
      ...(row?.reminder_days !== null && row?.reminder_days !== undefined
        ? { reminderDays: row.reminder_days }
        : {}),
    };
  }

  #writeTracking(clientId: string, key: string, change: (row: TrackingRow) => TrackingRow): void {
    const current: TrackingRow = getTrackingRow(this.db, clientId, key) ?? {
      client_id: clientId,
      key,
      owner: null,
      reminder_days: null,
      resolution: null,
      resolved_on: null,
      resolved_by: null,
      resolution_note: null,
      resolved_at: null,
      updated_at: '',
    };
    putTrackingRow(this.db, { ...change(current), updated_at: this.clock.now() });
  }

  #checkRelatedRecord(clientId: string, deadline: ParsedCustomDeadlineInput): void {
    if (deadline.relatedRecordId === undefined) return;
    const record = getRecordRow(this.db, deadline.relatedRecordId);
    if (!record || record.client_id !== clientId) {
      throw new HarborError('BAD_INPUT', 'The linked record is not part of this dossier.', 'relatedRecordId');
    }
  }
}

function dataOf(deadline: ParsedCustomDeadlineInput) {
  const { scope: _scope, owner: _owner, reminderDays: _reminderDays, ...data } = deadline;
  return data;
}

function gone(): HarborError {
  return new HarborError('NOT_FOUND', 'That deadline no longer exists.');
}

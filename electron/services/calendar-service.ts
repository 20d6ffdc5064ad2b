import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ical, { ICalAlarmType, ICalEventClass, ICalEventTransparency } from 'ical-generator';
import { recordAudit } from '../../db/audit';
import { type DocketPageRow, docketPage } from '../../db/docket';
import type { Db } from '../../db/vault';
import { addDays, daysBetween } from '../../shared/deadlines/calendar';
import {
  type CalendarExportResult,
  type CalendarPreview,
  type CalendarRequest,
  type CalendarRequestInput,
  calendarRequestSchema,
} from '../../shared/deadlines/contract';
import { calendarEventText, caseCode } from '../../shared/deadlines/calendar-events';
import { customDeadlineDataSchema, customIdOf } from '../../shared/deadlines/custom';
import { RULES, ruleIdSchema } from '../../shared/deadlines/rules';
import type { Clock } from './clock';
import type { Dialogs } from './dialogs';
import type { VaultAccess } from './vault-service';

/** Where calendar UIDs live: stable across exports, so importing a newer file updates the same events. */
const UID_DOMAIN = 'deadlines.safe-harbor.invalid';
/** SEQUENCE counts minutes from this instant: each export is newer than the last, so calendars take its dates. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);
/** Alarms ring at 09:00 on the reminder day, relative to the all-day event's start (midnight of the due date). */
const ALARM_HOUR = 9;

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  reminderDays: number;
}

/**
 * The open deadlines as an RFC 5545 calendar (.ics), on ical-generator. Every event is an all-day event on the due
 * date with a display alarm at the reminder lead time, a UID derived from the client and the deadline key (so a
 * re-import updates rather than duplicates), and a title whose privacy the attorney chooses — by default a case
 * code and the rule, never a name, because calendars sync to clouds. Each export is one audit entry (privacy,
 * count), never the content or the path.
 */
export class CalendarService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly clock: Clock,
    private readonly dialogs: Dialogs,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  preview(input: CalendarRequestInput): CalendarPreview {
    const request = calendarRequestSchema.parse(input);
    const events = this.#events(request);
    return {
      events: events.length,
      clients: new Set(events.map((e) => e.uid.split('.')[0])).size,
      samples: events.slice(0, 5).map((e) => ({ date: e.date, summary: e.summary })),
      fileName: this.#fileName(request),
    };
  }

  /** Asks where to save (the save dialog), writes the file and logs the export. */
  async exportIcs(input: CalendarRequestInput): Promise<CalendarExportResult> {
    const request = calendarRequestSchema.parse(input);
    const path = await this.dialogs.chooseSavePath(this.#fileName(request), {
      title: 'Export deadlines to a calendar',
      filters: [{ name: 'Calendar', extensions: ['ics'] }],
    });
    if (path === null) return { status: 'cancelled' };
    const events = await this.exportToPath(request, path);
    return { status: 'saved', fileName: basename(path), events };
  }

  /** Writes the calendar to a path the caller names (the CLI); returns the number of events. */
  async exportToPath(input: CalendarRequestInput, path: string): Promise<number> {
    const request = calendarRequestSchema.parse(input);
    const events = this.#events(request);
    await writeFile(path, this.render(events), { mode: 0o600 });
    recordAudit(this.db, {
      action: 'calendar.exported',
      entityType: request.clientId ? 'client' : 'vault',
      entityId: request.clientId ?? undefined,
      clientId: request.clientId ?? undefined,
      detail: `ics (${request.privacy}): ${events.length} event(s)`,
    });
    return events.length;
  }

  /** The .ics text of a request (tests parse it back). */
  ics(input: CalendarRequestInput): string {
    return this.render(this.#events(calendarRequestSchema.parse(input)));
  }

  render(events: readonly CalendarEvent[]): string {
    const now = new Date(this.clock.now());
    const sequence = Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
    const calendar = ical({
      name: 'Safe Harbor deadlines',
      prodId: { company: 'Safe Harbor', product: 'Safe Harbor', language: 'EN' },
    });
    for (const event of events) {
      const created = calendar.createEvent({
        id: event.uid,
        start: event.date,
        end: addDays(event.date, 1),
        allDay: true,
        summary: event.summary,
        description: event.description,
        sequence,
        stamp: now,
        transparency: ICalEventTransparency.TRANSPARENT,
        class: ICalEventClass.PRIVATE,
      });
      created
        .createAlarm({
          type: ICalAlarmType.display,
          trigger: event.reminderDays * 86_400 - ALARM_HOUR * 3600,
          description: event.summary,
        })
        .relatesTo('START');
    }
    return calendar.toString();
  }

  #events(request: CalendarRequest): CalendarEvent[] {
    const today = this.clock.today();
    const rows = docketPage(
      this.db,
      { today, until: null, clientId: request.clientId, front: null, owner: null, words: [] },
      0,
      Number.MAX_SAFE_INTEGER,
    );
    const customs = this.#customData(rows);
    return rows.map((row) => {
      const custom = row.kind === 'custom' ? customs.get(customIdOf(row.key) ?? '') : undefined;
      const rule = row.kind === 'computed' ? RULES[ruleIdSchema.parse(row.rule_id)] : undefined;
      const text = calendarEventText(request.privacy, {
        client: { id: row.client_id, familyName: row.family_name, givenNames: row.given_names },
        title: row.title,
        front: rule?.front ?? (row.front as never),
        rule: rule ? { title: rule.title, source: rule.source, watch: rule.watch } : null,
        custom: custom
          ? { origin: custom.origin, source: custom.source, note: custom.note }
          : row.kind === 'custom'
            ? { origin: 'other' }
            : null,
      });
      return {
        uid: `${caseUid(row.client_id)}.${hash(row.key).slice(0, 24)}@${UID_DOMAIN}`,
        date: row.due_date,
        summary: text.summary,
        description: text.description,
        reminderDays: Math.max(0, daysBetween(row.remind_on, row.due_date)),
      };
    });
  }

  #customData(rows: readonly DocketPageRow[]) {
    const ids = rows.flatMap((r) => (r.kind === 'custom' ? [customIdOf(r.key) ?? ''] : []));
    const found = new Map<string, ReturnType<typeof customDeadlineDataSchema.parse>>();
    const select = this.db.prepare('SELECT data FROM custom_deadlines WHERE id = ?').pluck();
    for (const id of ids) {
      const data = select.get(id) as string | undefined;
      if (data) found.set(id, customDeadlineDataSchema.parse(JSON.parse(data)));
    }
    return found;
  }

  #fileName(request: CalendarRequest): string {
    const scope = request.clientId ? `-${caseCode(request.clientId).replace(/\s+/g, '-').toLowerCase()}` : '';
    return `safe-harbor-deadlines${scope}-${this.clock.today()}.ics`;
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The client part of a UID: a hash, so the file carries no internal id. */
function caseUid(clientId: string): string {
  return hash(`client|${clientId}`).slice(0, 16);
}

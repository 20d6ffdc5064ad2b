import {
  type DocketFilter,
  type DocketPageRow,
  countRemindersDue,
  docketCounts,
  docketFrontCounts,
  docketPage,
  remindersDue,
} from '../../db/docket';
import type { Db } from '../../db/vault';
import type { UpcomingDeadline } from '../../shared/dossier/dossier';
import { searchWords } from '../../shared/dossier/search-text';
import {
  addDays,
  federalHolidays,
  inaugurationDay,
  INAUGURATION_DAY_NAME,
} from '../../shared/deadlines/calendar';
import type {
  DashboardQuery,
  DashboardResult,
  DashboardRow,
  NonBusinessDay,
  ReminderDigest,
} from '../../shared/deadlines/contract';
import { customDeadlineDataSchema, customIdOf } from '../../shared/deadlines/custom';
import { bucketFor, deadlineStatusSchema } from '../../shared/deadlines/engine';
import {
  FRONTS,
  RULES,
  type Front,
  type RuleDescriptionList,
  describeRules,
  ruleIdSchema,
} from '../../shared/deadlines/rules';
import type { Clock } from './clock';
import type { SettingsService } from './settings-service';
import type { VaultAccess } from './vault-service';

export interface UpcomingQuery {
  /** Open deadlines due within this many days (overdue included); null for all. */
  withinDays: number | null;
  clientId: string | null;
  limit: number;
  /** Also those marked done, met, late or not applicable. */
  includeResolved?: boolean;
}

/**
 * Deadlines across all clients, read from the rows the dossier service keeps current: the dashboard (counts per
 * group over the whole vault, and one page at a time), the reminders, the rules and the non-business days.
 */
export class DeadlineService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  /** Open deadlines in date order (the first `limit`): the CLI and the first dashboard read this. */
  upcoming({ withinDays, clientId, limit, includeResolved = false }: UpcomingQuery): UpcomingDeadline[] {
    const today = this.clock.today();
    const filter: DocketFilter = {
      today,
      until: withinDays === null ? null : addDays(today, withinDays),
      clientId,
      front: null,
      owner: null,
      words: [],
      includeResolved,
    };
    return this.#toRows(docketPage(this.db, filter, 0, limit));
  }

  /**
   * The dashboard: how many open deadlines fall in each group (overdue, 7, 30, 90 days, later) and on each front,
   * counted over the whole vault, and one slice of the ordered list for a virtualized view to draw.
   */
  dashboard(query: DashboardQuery): DashboardResult {
    const today = this.clock.today();
    const filter: DocketFilter = {
      today,
      until: query.withinDays === null ? null : addDays(today, query.withinDays),
      clientId: query.clientId,
      front: query.front,
      owner: query.owner,
      words: searchWords(query.text),
    };
    const counts = docketCounts(this.db, filter, {
      within7: addDays(today, 7),
      within30: addDays(today, 30),
      within90: addDays(today, 90),
    });
    const fronts = Object.fromEntries(FRONTS.map((f) => [f, 0])) as Record<Front, number>;
    for (const { front, count } of docketFrontCounts(this.db, filter)) {
      if (front in fronts) fronts[front as Front] = count;
    }
    const rows = this.#toRows(docketPage(this.db, filter, query.offset, query.limit)).map((row) =>
      withBucket(row, today),
    );
    return { today, counts, fronts, offset: query.offset, rows };
  }

  /** What is due within its reminder lead time (or overdue), soonest first. */
  reminders(limit: number): ReminderDigest {
    const today = this.clock.today();
    const items = this.#toRows(remindersDue(this.db, today, limit)).map((row) => withBucket(row, today));
    const counts = docketCounts(
      this.db,
      { today, until: today, clientId: null, front: null, owner: null, words: [] },
      { within7: today, within30: today, within90: today },
    );
    return {
      today,
      total: countRemindersDue(this.db, today),
      overdue: counts.overdue,
      dueToday: counts.within7,
      items,
    };
  }

  rules(): RuleDescriptionList {
    return describeRules(this.settings.get().ruleParameters);
  }

  /** The federal holidays (observed), Inauguration Day and the closures in Settings for one year, by date. */
  nonBusinessDays(year: number): NonBusinessDay[] {
    const days: NonBusinessDay[] = federalHolidays(year).map((h) => ({
      date: h.observed,
      name: h.observed === h.date ? h.name : `${h.name} (observed)`,
      kind: 'holiday',
    }));
    const inauguration = inaugurationDay(year);
    if (inauguration) days.push({ date: inauguration, name: INAUGURATION_DAY_NAME, kind: 'inauguration' });
    for (const closure of this.settings.get().courtClosures) {
      if (closure.date.startsWith(`${year}-`)) days.push({ ...closure, kind: 'closure' });
    }
    return days.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  }

  today(): string {
    return this.clock.today();
  }

  #toRows(rows: readonly DocketPageRow[]): UpcomingDeadline[] {
    const customIds = rows.flatMap((r) => (r.kind === 'custom' ? [customIdOf(r.key) ?? ''] : []));
    const customs = this.#customData(customIds);
    return rows.map((row) => {
      const base = {
        clientId: row.client_id,
        familyName: row.family_name,
        givenNames: row.given_names,
        key: row.key,
        kind: row.kind,
        front: row.front as Front,
        title: row.title,
        watch: row.watch === 1,
        dueDate: row.due_date,
        status: deadlineStatusSchema.parse(row.status),
        overridden: row.overridden === 1,
        owner: row.owner,
        remindOn: row.remind_on,
        ...(row.record_id === null ? {} : { relatedRecordId: row.record_id }),
      };
      if (row.kind === 'custom') {
        const data = customs.get(customIdOf(row.key) ?? '');
        return {
          ...base,
          ruleId: null,
          description: data?.note ?? '',
          source: data?.source ?? '',
          sourceUrl: data?.sourceUrl ?? '',
          verify: false,
        };
      }
      const rule = RULES[ruleIdSchema.parse(row.rule_id)];
      return {
        ...base,
        ruleId: rule.id,
        description: rule.description,
        source: rule.source,
        sourceUrl: rule.sourceUrl,
        verify: rule.verify,
      };
    });
  }

  #customData(ids: readonly string[]) {
    if (ids.length === 0) return new Map<string, ReturnType<typeof customDeadlineDataSchema.parse>>();
    const rows = this.db
      .prepare(`SELECT id, data FROM custom_deadlines WHERE id IN (${ids.map(() => '?').join(', ')})`)
      .all(...ids) as { id: string; data: string }[];
    return new Map(rows.map((r) => [r.id, customDeadlineDataSchema.parse(JSON.parse(r.data))]));
  }
}

function withBucket(row: UpcomingDeadline, today: string): DashboardRow {
  return { ...row, bucket: bucketFor(row.dueDate, today) };
}

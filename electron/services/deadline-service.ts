import { upcomingDeadlineRows } from '../../db/dossiers';
import type { Db } from '../../db/vault';
import type { UpcomingDeadline } from '../../shared/dossier/dossier';
import { addDays } from '../../shared/deadlines/calendar';
import { RULES, type RuleDescriptionList, describeRules, ruleIdSchema } from '../../shared/deadlines/rules';
import type { Clock } from './clock';
import type { SettingsService } from './settings-service';
import type { VaultAccess } from './vault-service';

export interface UpcomingQuery {
  /** Open deadlines due within this many days (overdue included); null for all. */
  withinDays: number | null;
  clientId: string | null;
  limit: number;
}

/** Deadlines across all clients, read from the rows the dossier service keeps current. */
export class DeadlineService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  upcoming({ withinDays, clientId, limit }: UpcomingQuery): UpcomingDeadline[] {
    const until = withinDays === null ? null : addDays(this.clock.today(), withinDays);
    return upcomingDeadlineRows(this.db, { until, clientId, limit }).map((row) => {
      const rule = RULES[ruleIdSchema.parse(row.rule_id)];
      return {
        clientId: row.client_id,
        familyName: row.family_name,
        givenNames: row.given_names,
        key: row.key,
        ruleId: rule.id,
        front: rule.front,
        title: rule.title,
        description: rule.description,
        source: rule.source,
        sourceUrl: rule.sourceUrl,
        verify: rule.verify,
        dueDate: row.due_date,
        overridden: row.overridden === 1,
        relatedRecordId: row.record_id ?? undefined,
      };
    });
  }

  rules(): RuleDescriptionList {
    return describeRules(this.settings.get().ruleParameters);
  }

  today(): string {
    return this.clock.today();
  }
}

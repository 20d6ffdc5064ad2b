import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../db/audit';
import {
  type ItemRow,
  type ItemViewRow,
  type TemplateRow,
  checklistRowsForClient,
  getItemRow,
  getTemplateRow,
  insertChecklistRow,
  insertItemRow,
  insertTemplateRow,
  instanceCount,
  itemViewRow,
  itemViewRows,
  itemViewRowsForClient,
  latestTemplateRow,
  latestTemplateRows,
  nextHearingRow,
  updateItemRow,
} from '../../db/checklists';
import { getClientRow, getRecordRow } from '../../db/dossiers';
import type { Db } from '../../db/vault';
import { RULES, ruleIdSchema } from '../../shared/deadlines/rules';
import {
  type Checklist,
  type ChecklistItem,
  type ChecklistTemplate,
  type Due,
  type ItemPatchInput,
  type MissingForHearing,
  type TemplateContent,
  type TemplateContentInput,
  type TemplateSummary,
  dueDate,
  isSettled,
  itemPatchSchema,
  itemStatusSchema,
  missingForHearing,
  templateCategorySchema,
  templateContentSchema,
  templateItemSchema,
} from '../../shared/evidence/checklist';
import { HarborError } from '../../shared/ipc/errors';
import { z } from 'zod';
import type { Clock } from './clock';
import type { VaultAccess } from './vault-service';

const storedContentSchema = z.object({
  categories: z.array(templateCategorySchema),
  items: z.array(templateItemSchema),
});

/**
 * Checklist templates and each client's checklists. Templates are versioned: saving an edit inserts a new version,
 * and a checklist keeps the version it was made from. Each change is one transaction with its audit entry.
 */
export class ChecklistService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly clock: Clock,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  templates(): TemplateSummary[] {
    return latestTemplateRows(this.db).map((row) => {
      const content = parseContent(row);
      return {
        id: row.id,
        version: row.version,
        name: row.name,
        description: row.description,
        categoryCount: content.categories.length,
        itemCount: content.items.length,
        createdAt: row.created_at,
        builtIn: row.built_in === 1,
        instances: instanceCount(this.db, row.id),
      };
    });
  }

  template(id: string, version?: number): ChecklistTemplate {
    const latest = latestTemplateRow(this.db, id);
    const row = version === undefined ? latest : getTemplateRow(this.db, id, version);
    if (!row || !latest) throw new HarborError('NOT_FOUND', 'That template does not exist.');
    return toTemplate(row, latest.version);
  }

  /** Saves an edit of a template as its next version (or a new template when `id` is null). */
  saveTemplate(id: string | null, input: TemplateContentInput): ChecklistTemplate {
    const content = templateContentSchema.parse(input);
    const now = this.clock.now();
    let saved: TemplateRow | undefined;
    this.db.transaction(() => {
      const latest = id ? latestTemplateRow(this.db, id) : undefined;
      if (id && !latest) throw new HarborError('NOT_FOUND', 'That template does not exist.');
      saved = templateRow(id ?? randomUUID(), (latest?.version ?? 0) + 1, content, now, {
        builtIn: latest?.built_in === 1,
        basedOn: latest ? { id: latest.based_on_id, version: latest.based_on_version } : null,
      });
      insertTemplateRow(this.db, saved);
      recordAudit(this.db, {
        action: latest ? 'template.version-saved' : 'template.created',
        entityType: 'checklist-template',
        entityId: saved.id,
        detail: `version ${saved.version}: ${content.items.length} item(s) in ${content.categories.length} categories`,
      });
    })();
    return this.template((saved as TemplateRow).id);
  }

  /** A new template (version 1) from a version of another, under a new name. */
  copyTemplate(id: string, version: number, name: string): ChecklistTemplate {
    const source = this.template(id, version);
    const now = this.clock.now();
    const newId = randomUUID();
    this.db.transaction(() => {
      insertTemplateRow(
        this.db,
        templateRow(newId, 1, templateContentSchema.parse({ ...source, name }), now, {
          builtIn: false,
          basedOn: { id, version },
        }),
      );
      recordAudit(this.db, {
        action: 'template.copied',
        entityType: 'checklist-template',
        entityId: newId,
        detail: `from ${id} version ${version}`,
      });
    })();
    return this.template(newId);
  }

  forClient(clientId: string): Checklist[] {
    this.#clientExists(clientId);
    return checklistRowsForClient(this.db, clientId).map((row) => {
      const latest = latestTemplateRow(this.db, row.template_id);
      return {
        id: row.id,
        clientId: row.client_id,
        name: row.name,
        templateId: row.template_id,
        templateVersion: row.template_version,
        templateLatestVersion: latest?.version ?? row.template_version,
        createdAt: row.created_at,
        categories: z.array(templateCategorySchema).parse(JSON.parse(row.categories)),
        items: itemViewRows(this.db, row.id).map(toItem),
      };
    });
  }

  /** Gives a client a checklist from a template version (the latest unless one is named). */
  create(clientId: string, templateId: string, version?: number): Checklist[] {
    const template = this.template(templateId, version);
    const now = this.clock.now();
    const id = randomUUID();
    this.db.transaction(() => {
      this.#clientExists(clientId);
      insertChecklistRow(this.db, {
        id,
        client_id: clientId,
        template_id: template.id,
        template_version: template.version,
        name: template.name,
        categories: JSON.stringify(template.categories),
        created_at: now,
      });
      template.items.forEach((item, position) =>
        insertItemRow(this.db, {
          id: randomUUID(),
          checklist_id: id,
          client_id: clientId,
          position,
          item_key: item.key,
          category: item.category,
          title: item.title,
          guidance: item.guidance,
          status: 'needed',
          not_obtainable_reason: null,
          due_date: null,
          due_deadline_key: null,
          responsible_party_id: null,
          note: '',
          updated_at: now,
          revision: 1,
        }),
      );
      recordAudit(this.db, {
        action: 'checklist.created',
        entityType: 'checklist',
        entityId: id,
        clientId,
        detail: `${template.name}, version ${template.version}: ${template.items.length} item(s)`,
      });
    })();
    return this.forClient(clientId);
  }

  item(itemId: string): ChecklistItem {
    const row = itemViewRow(this.db, itemId);
    if (!row) throw new HarborError('NOT_FOUND', 'That checklist item no longer exists.');
    return toItem(row);
  }

  /** Changes an item's status, due date, responsible party or note; `revision` guards against lost updates. */
  updateItem(itemId: string, revision: number, input: ItemPatchInput): ChecklistItem {
    const patch = itemPatchSchema.parse(input);
    this.db.transaction(() => {
      const existing = getItemRow(this.db, itemId);
      if (!existing) throw new HarborError('NOT_FOUND', 'That checklist item no longer exists.');
      if (existing.revision !== revision) {
        throw new HarborError('CONFLICT', 'This item was changed elsewhere. Reload and try again.');
      }
      const next: ItemRow = { ...existing, updated_at: this.clock.now(), revision: existing.revision + 1 };
      if (patch.status !== undefined) {
        next.status = patch.status;
        next.not_obtainable_reason =
          patch.status === 'not-obtainable' ? (patch.notObtainableReason ?? null) : null;
      } else if (patch.notObtainableReason !== undefined && existing.status === 'not-obtainable') {
        const reason = itemPatchSchema.safeParse({
          status: 'not-obtainable',
          notObtainableReason: patch.notObtainableReason,
        });
        if (!reason.success) throw reasonRequired(reason.error.issues[0]?.message);
        next.not_obtainable_reason = patch.notObtainableReason;
      }
      if (patch.due !== undefined) {
        next.due_date = patch.due.mode === 'date' ? patch.due.date : null;
        next.due_deadline_key = patch.due.mode === 'deadline' ? patch.due.key : null;
        if (patch.due.mode === 'deadline') this.#deadlineExists(existing.client_id, patch.due.key);
      }
      if (patch.responsiblePartyId !== undefined) {
        if (patch.responsiblePartyId !== null) this.#partyOf(existing.client_id, patch.responsiblePartyId);
        next.responsible_party_id = patch.responsiblePartyId;
      }
      if (patch.note !== undefined) next.note = patch.note;
      updateItemRow(this.db, next);
      recordAudit(this.db, {
        action: 'checklist.item-updated',
        entityType: 'checklist-item',
        entityId: itemId,
        clientId: existing.client_id,
        before: auditView(existing),
        after: auditView(next),
      });
    })();
    return this.item(itemId);
  }

  /**
   * What is missing for the client's next hearing: items not in hand nor explained, due on or before it. Due dates
   * that follow a deadline are read from the dossier's current deadlines.
   */
  missingForNextHearing(clientId: string): MissingForHearing {
    this.#clientExists(clientId);
    const hearing = nextHearingRow(this.db, clientId, this.clock.today());
    const items = itemViewRowsForClient(this.db, clientId).map(toItem);
    const undatedOpen = items.filter((i) => !isSettled(i.status) && dueDate(i.due) === null).length;
    if (!hearing) return { hearing: null, items: [], undatedOpen };
    return {
      hearing: {
        recordId: hearing.id,
        date: hearing.date,
        kind: itemKind(hearing.kind),
        court: hearing.court,
      },
      items: missingForHearing(items, hearing.date),
      undatedOpen,
    };
  }

  #clientExists(clientId: string): void {
    if (!getClientRow(this.db, clientId)) {
      throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
    }
  }

  #deadlineExists(clientId: string, key: string): void {
    const found = this.db
      .prepare('SELECT 1 FROM deadlines WHERE client_id = ? AND key = ?')
      .get(clientId, key);
    if (!found) {
      throw new HarborError('BAD_INPUT', 'That deadline is not computed for this dossier.', 'due.key');
    }
  }

  #partyOf(clientId: string, partyId: string): void {
    const party = getRecordRow(this.db, partyId);
    if (!party || party.client_id !== clientId || party.kind !== 'party') {
      throw new HarborError(
        'BAD_INPUT',
        'The responsible party must be a party of this dossier.',
        'responsiblePartyId',
      );
    }
  }
}

function reasonRequired(message?: string): HarborError {
  return new HarborError(
    'BAD_INPUT',
    message ?? 'Say why it cannot reasonably be obtained.',
    'notObtainableReason',
  );
}

function itemKind(kind: string): 'master' | 'individual' | 'bond' | 'other' {
  return kind === 'master' || kind === 'individual' || kind === 'bond' ? kind : 'other';
}

function parseContent(row: TemplateRow): z.output<typeof storedContentSchema> {
  return storedContentSchema.parse(JSON.parse(row.content));
}

function templateRow(
  id: string,
  version: number,
  content: TemplateContent,
  now: string,
  { builtIn, basedOn }: { builtIn: boolean; basedOn: { id: string | null; version: number | null } | null },
): TemplateRow {
  return {
    id,
    version,
    name: content.name,
    description: content.description,
    content: JSON.stringify({ categories: content.categories, items: content.items }),
    based_on_id: basedOn?.id ?? null,
    based_on_version: basedOn?.version ?? null,
    built_in: builtIn ? 1 : 0,
    created_at: now,
  };
}

function toTemplate(row: TemplateRow, latestVersion: number): ChecklistTemplate {
  const content = parseContent(row);
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    description: row.description,
    categories: content.categories,
    items: content.items,
    createdAt: row.created_at,
    basedOn:
      row.based_on_id !== null && row.based_on_version !== null
        ? { id: row.based_on_id, version: row.based_on_version }
        : null,
    builtIn: row.built_in === 1,
    latestVersion,
  };
}

/** The tied deadline's title; when the dossier no longer has it, the title of the rule its key names. */
function deadlineTitle(row: ItemViewRow, key: string): string | null {
  if (row.deadline_title !== null) return row.deadline_title;
  const parsed = ruleIdSchema.safeParse(row.deadline_rule_id ?? key.split(':')[0]);
  return parsed.success ? RULES[parsed.data].title : null;
}

function toDue(row: ItemViewRow): Due {
  if (row.due_deadline_key !== null) {
    return {
      mode: 'deadline',
      key: row.due_deadline_key,
      date: row.deadline_due_date,
      title: deadlineTitle(row, row.due_deadline_key),
    };
  }
  if (row.due_date !== null) return { mode: 'date', date: row.due_date };
  return { mode: 'none' };
}

function toItem(row: ItemViewRow): ChecklistItem {
  return {
    id: row.id,
    checklistId: row.checklist_id,
    key: row.item_key,
    category: row.category,
    title: row.title,
    guidance: row.guidance,
    status: itemStatusSchema.parse(row.status),
    notObtainableReason: row.not_obtainable_reason,
    due: toDue(row),
    responsiblePartyId: row.responsible_party_id,
    note: row.note,
    evidenceIds: z.array(z.string()).parse(JSON.parse(row.evidence_ids ?? '[]')),
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function auditView(row: ItemRow) {
  return {
    status: row.status,
    notObtainableReason: row.not_obtainable_reason,
    dueDate: row.due_date,
    dueDeadlineKey: row.due_deadline_key,
    responsiblePartyId: row.responsible_party_id,
    note: row.note,
  };
}

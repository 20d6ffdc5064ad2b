import type { Db } from './vault';

/**
 * Row-level access to checklist templates, checklists and their items (schema: 0003-evidence). One statement each;
 * validation, versioning and the audit trail live in electron/services/checklist-service.ts.
 */

export interface TemplateRow {
  id: string;
  version: number;
  name: string;
  description: string;
  content: string;
  based_on_id: string | null;
  based_on_version: number | null;
  built_in: number;
  created_at: string;
}

export interface ChecklistRow {
  id: string;
  client_id: string;
  template_id: string;
  template_version: number;
  name: string;
  categories: string;
  created_at: string;
}

export interface ItemRow {
  id: string;
  checklist_id: string;
  client_id: string;
  position: number;
  item_key: string | null;
  category: string;
  title: string;
  guidance: string;
  status: string;
  not_obtainable_reason: string | null;
  due_date: string | null;
  due_deadline_key: string | null;
  responsible_party_id: string | null;
  note: string;
  updated_at: string;
  revision: number;
}

/** An item with its due date resolved against the dossier's current deadlines, and its linked evidence. */
export interface ItemViewRow extends ItemRow {
  deadline_due_date: string | null;
  deadline_rule_id: string | null;
  deadline_title: string | null;
  evidence_ids: string | null;
}

export function getTemplateRow(db: Db, id: string, version: number): TemplateRow | undefined {
  return db.prepare('SELECT * FROM checklist_templates WHERE id = ? AND version = ?').get(id, version) as
    TemplateRow | undefined;
}

export function latestTemplateRow(db: Db, id: string): TemplateRow | undefined {
  return db
    .prepare('SELECT * FROM checklist_templates WHERE id = ? ORDER BY version DESC LIMIT 1')
    .get(id) as TemplateRow | undefined;
}

/** The latest version of every template, by name. */
export function latestTemplateRows(db: Db): TemplateRow[] {
  return db
    .prepare(
      `SELECT t.* FROM checklist_templates t
       WHERE t.version = (SELECT max(version) FROM checklist_templates WHERE id = t.id)
       ORDER BY t.built_in DESC, t.name, t.id`,
    )
    .all() as TemplateRow[];
}

export function templateVersions(db: Db, id: string): { version: number; created_at: string }[] {
  return db
    .prepare('SELECT version, created_at FROM checklist_templates WHERE id = ? ORDER BY version DESC')
    .all(id) as { version: number; created_at: string }[];
}

export function insertTemplateRow(db: Db, row: TemplateRow): void {
  db.prepare(
    `INSERT INTO checklist_templates (id, version, name, description, content, based_on_id, based_on_version,
       built_in, created_at)
     VALUES (@id, @version, @name, @description, @content, @based_on_id, @based_on_version, @built_in, @created_at)`,
  ).run(row);
}

export function instanceCount(db: Db, templateId: string): number {
  return db
    .prepare('SELECT count(*) FROM checklists WHERE template_id = ?')
    .pluck()
    .get(templateId) as number;
}

export function insertChecklistRow(db: Db, row: ChecklistRow): void {
  db.prepare(
    `INSERT INTO checklists (id, client_id, template_id, template_version, name, categories, created_at)
     VALUES (@id, @client_id, @template_id, @template_version, @name, @categories, @created_at)`,
  ).run(row);
}

export function checklistRowsForClient(db: Db, clientId: string): ChecklistRow[] {
  return db
    .prepare('SELECT * FROM checklists WHERE client_id = ? ORDER BY created_at, rowid')
    .all(clientId) as ChecklistRow[];
}

export function getChecklistRow(db: Db, id: string): ChecklistRow | undefined {
  return db.prepare('SELECT * FROM checklists WHERE id = ?').get(id) as ChecklistRow | undefined;
}

export function insertItemRow(db: Db, row: ItemRow): void {
  db.prepare(
    `INSERT INTO checklist_items (id, checklist_id, client_id, position, item_key, category, title, guidance, status,
       not_obtainable_reason, due_date, due_deadline_key, responsible_party_id, note, updated_at, revision)
     VALUES (@id, @checklist_id, @client_id, @position, @item_key, @category, @title, @guidance, @status,
       @not_obtainable_reason, @due_date, @due_deadline_key, @responsible_party_id, @note, @updated_at, @revision)`,
  ).run(row);
}

export function getItemRow(db: Db, id: string): ItemRow | undefined {
  return db.prepare('SELECT * FROM checklist_items WHERE id = ?').get(id) as ItemRow | undefined;
}

export function updateItemRow(db: Db, row: ItemRow): void {
  db.prepare(
    `UPDATE checklist_items SET status = @status, not_obtainable_reason = @not_obtainable_reason,
       due_date = @due_date, due_deadline_key = @due_deadline_key, responsible_party_id = @responsible_party_id,
       note = @note, updated_at = @updated_at, revision = @revision
     WHERE id = @id`,
  ).run(row);
}

const ITEM_VIEW = `
  SELECT i.*, d.due_date AS deadline_due_date, d.rule_id AS deadline_rule_id, d.title AS deadline_title,
    (SELECT json_group_array(l.evidence_id) FROM checklist_item_evidence l
       JOIN evidence e ON e.id = l.evidence_id AND e.state = 'complete'
     WHERE l.item_id = i.id) AS evidence_ids
  FROM checklist_items i
  LEFT JOIN deadlines d ON d.client_id = i.client_id AND d.key = i.due_deadline_key`;

export function itemViewRows(db: Db, checklistId: string): ItemViewRow[] {
  return db
    .prepare(`${ITEM_VIEW} WHERE i.checklist_id = ? ORDER BY i.position, i.id`)
    .all(checklistId) as ItemViewRow[];
}

export function itemViewRow(db: Db, id: string): ItemViewRow | undefined {
  return db.prepare(`${ITEM_VIEW} WHERE i.id = ?`).get(id) as ItemViewRow | undefined;
}

export function itemViewRowsForClient(db: Db, clientId: string): ItemViewRow[] {
  return db
    .prepare(`${ITEM_VIEW} WHERE i.client_id = ? ORDER BY i.checklist_id, i.position`)
    .all(clientId) as ItemViewRow[];
}

export function linkEvidenceRow(db: Db, itemId: string, evidenceId: string, at: string): boolean {
  return (
    db
      .prepare(
        'INSERT OR IGNORE INTO checklist_item_evidence (item_id, evidence_id, linked_at) VALUES (?, ?, ?)',
      )
      .run(itemId, evidenceId, at).changes > 0
  );
}

export function unlinkEvidenceRow(db: Db, itemId: string, evidenceId: string): boolean {
  return (
    db
      .prepare('DELETE FROM checklist_item_evidence WHERE item_id = ? AND evidence_id = ?')
      .run(itemId, evidenceId).changes > 0
  );
}

/** The next hearing of a client on or after `today`: hearings are `hearing` records. */
export function nextHearingRow(
  db: Db,
  clientId: string,
  today: string,
): { id: string; date: string; kind: string; court: string | null } | undefined {
  return db
    .prepare(
      `SELECT id, json_extract(data, '$.date') AS date, json_extract(data, '$.kind') AS kind,
         json_extract(data, '$.court') AS court
       FROM records WHERE client_id = ? AND kind = 'hearing' AND json_extract(data, '$.date') >= ?
       ORDER BY date LIMIT 1`,
    )
    .get(clientId, today) as { id: string; date: string; kind: string; court: string | null } | undefined;
}

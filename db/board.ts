import type { Db } from './vault';

/**
 * Row-level access to the coordination board (schema: 0004-board). Rows in, rows out; validation, cycle checks and
 * the order of moves live in the board service.
 */

export interface CardRow {
  id: string;
  client_id: string;
  lane: string;
  status: string;
  position: number;
  kind: string;
  title: string;
  owner_party_id: string | null;
  due_date: string | null;
  deadline_key: string | null;
  scope: string;
  data: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** A card as the board reads it: the row with its client's name, owner's name and resolved due date. */
export interface CardViewRow extends CardRow {
  family_name: string;
  given_names: string;
  owner_data: string | null;
  /** The tied deadline's current date (null when not tied, or when the dossier no longer computes it). */
  deadline_due: string | null;
  /** The tied deadline's title (a rule's, or the attorney's own for a custom deadline). */
  deadline_title: string | null;
}

const VIEW_SELECT = `
  SELECT b.*, json_extract(c.data, '$.familyName') AS family_name,
    json_extract(c.data, '$.givenNames') AS given_names,
    o.data AS owner_data, d.due_date AS deadline_due, d.title AS deadline_title
  FROM board_cards b
  JOIN clients c ON c.id = b.client_id
  LEFT JOIN records o ON o.id = b.owner_party_id
  LEFT JOIN deadlines d ON d.client_id = b.client_id AND d.key = b.deadline_key`;

const CELL_ORDER = `CASE b.lane WHEN 'us-immigration' THEN 0 WHEN 'us-criminal' THEN 1 WHEN 'home-country' THEN 2
  WHEN 'ccf' THEN 3 ELSE 4 END, CASE b.status WHEN 'todo' THEN 0 WHEN 'in-progress' THEN 1 WHEN 'waiting' THEN 2
  ELSE 3 END, b.position, b.id`;

/** Cards of one client, or of every client that is not closed, in board order. */
export function cardViewRows(
  db: Db,
  { clientId, limit }: { clientId: string | null; limit: number },
): CardViewRow[] {
  return db
    .prepare(
      `${VIEW_SELECT}
       WHERE (? IS NULL AND c.status != 'closed') OR b.client_id = ?
       ORDER BY ${CELL_ORDER} LIMIT ?`,
    )
    .all(clientId, clientId, limit) as CardViewRow[];
}

export function cardViewRow(db: Db, id: string): CardViewRow | undefined {
  return db.prepare(`${VIEW_SELECT} WHERE b.id = ?`).get(id) as CardViewRow | undefined;
}

export function getCardRow(db: Db, id: string): CardRow | undefined {
  return db.prepare('SELECT * FROM board_cards WHERE id = ?').get(id) as CardRow | undefined;
}

export function insertCardRow(db: Db, row: CardRow): void {
  db.prepare(
    `INSERT INTO board_cards (id, client_id, lane, status, position, kind, title, owner_party_id, due_date,
       deadline_key, scope, data, created_at, updated_at, revision)
     VALUES (@id, @client_id, @lane, @status, @position, @kind, @title, @owner_party_id, @due_date, @deadline_key,
       @scope, @data, @created_at, @updated_at, @revision)`,
  ).run(row);
}

export function updateCardRow(db: Db, row: CardRow): void {
  db.prepare(
    `UPDATE board_cards SET lane = @lane, status = @status, position = @position, kind = @kind, title = @title,
       owner_party_id = @owner_party_id, due_date = @due_date, deadline_key = @deadline_key, scope = @scope,
       data = @data, updated_at = @updated_at, revision = @revision
     WHERE id = @id`,
  ).run(row);
}

export function deleteCardRow(db: Db, id: string): void {
  db.prepare('DELETE FROM board_cards WHERE id = ?').run(id);
}

export function countCards(db: Db): number {
  return db.prepare('SELECT count(*) FROM board_cards').pluck().get() as number;
}

/** Ids and positions of one cell (every client), in order. */
export function cellRows(db: Db, lane: string, status: string): { id: string; position: number }[] {
  return db
    .prepare('SELECT id, position FROM board_cards WHERE lane = ? AND status = ? ORDER BY position, id')
    .all(lane, status) as { id: string; position: number }[];
}

export function setCardPosition(db: Db, id: string, position: number): void {
  db.prepare('UPDATE board_cards SET position = ? WHERE id = ?').run(position, id);
}

export function lastPositionInCell(db: Db, lane: string, status: string): number | null {
  return db
    .prepare('SELECT max(position) FROM board_cards WHERE lane = ? AND status = ?')
    .pluck()
    .get(lane, status) as number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Blockers and links
// ---------------------------------------------------------------------------------------------------------------

export function blockerRowsForClient(db: Db, clientId: string): { card_id: string; blocker_id: string }[] {
  return db
    .prepare(
      `SELECT k.card_id, k.blocker_id FROM board_card_blockers k JOIN board_cards b ON b.id = k.card_id
       WHERE b.client_id = ? ORDER BY k.card_id, k.blocker_id`,
    )
    .all(clientId) as { card_id: string; blocker_id: string }[];
}

/** Blockers of the given cards (all cards when `clientId` is null). */
export function blockerRows(db: Db, clientId: string | null): { card_id: string; blocker_id: string }[] {
  if (clientId !== null) return blockerRowsForClient(db, clientId);
  return db.prepare('SELECT card_id, blocker_id FROM board_card_blockers ORDER BY card_id').all() as {
    card_id: string;
    blocker_id: string;
  }[];
}

export function replaceBlockers(db: Db, cardId: string, blockerIds: readonly string[]): void {
  db.prepare('DELETE FROM board_card_blockers WHERE card_id = ?').run(cardId);
  const insert = db.prepare('INSERT INTO board_card_blockers (card_id, blocker_id) VALUES (?, ?)');
  for (const id of blockerIds) insert.run(cardId, id);
}

export interface LinkRow {
  card_id: string;
  kind: string;
  target_id: string;
  ord: number;
}

export function linkRows(db: Db, clientId: string | null): LinkRow[] {
  if (clientId === null) {
    return db.prepare('SELECT * FROM board_card_links ORDER BY card_id, ord').all() as LinkRow[];
  }
  return db
    .prepare(
      `SELECT l.* FROM board_card_links l JOIN board_cards b ON b.id = l.card_id WHERE b.client_id = ?
       ORDER BY l.card_id, l.ord`,
    )
    .all(clientId) as LinkRow[];
}

export function replaceLinks(db: Db, cardId: string, links: readonly { kind: string; id: string }[]): void {
  db.prepare('DELETE FROM board_card_links WHERE card_id = ?').run(cardId);
  const insert = db.prepare(
    'INSERT INTO board_card_links (card_id, kind, target_id, ord) VALUES (?, ?, ?, ?)',
  );
  links.forEach((link, index) => insert.run(cardId, link.kind, link.id, index));
}

// ---------------------------------------------------------------------------------------------------------------
// Communication log and meetings
// ---------------------------------------------------------------------------------------------------------------

export interface CommunicationRow {
  id: string;
  client_id: string;
  party_id: string | null;
  date: string;
  scope: string;
  data: string;
  follow_up_card_id: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export function communicationRows(db: Db, clientId: string): CommunicationRow[] {
  return db
    .prepare('SELECT * FROM board_communications WHERE client_id = ? ORDER BY date DESC, created_at DESC')
    .all(clientId) as CommunicationRow[];
}

export function getCommunicationRow(db: Db, id: string): CommunicationRow | undefined {
  return db.prepare('SELECT * FROM board_communications WHERE id = ?').get(id) as
    CommunicationRow | undefined;
}

export function upsertCommunicationRow(db: Db, row: CommunicationRow): void {
  db.prepare(
    `INSERT INTO board_communications (id, client_id, party_id, date, scope, data, follow_up_card_id, created_at,
       updated_at, revision)
     VALUES (@id, @client_id, @party_id, @date, @scope, @data, @follow_up_card_id, @created_at, @updated_at,
       @revision)
     ON CONFLICT (id) DO UPDATE SET party_id = excluded.party_id, date = excluded.date, scope = excluded.scope,
       data = excluded.data, follow_up_card_id = excluded.follow_up_card_id, updated_at = excluded.updated_at,
       revision = excluded.revision`,
  ).run(row);
}

export function deleteCommunicationRow(db: Db, id: string): void {
  db.prepare('DELETE FROM board_communications WHERE id = ?').run(id);
}

export interface MeetingRow {
  id: string;
  client_id: string;
  date: string;
  scope: string;
  data: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export function meetingRows(db: Db, clientId: string): MeetingRow[] {
  return db
    .prepare('SELECT * FROM board_meetings WHERE client_id = ? ORDER BY date DESC, created_at DESC')
    .all(clientId) as MeetingRow[];
}

export function getMeetingRow(db: Db, id: string): MeetingRow | undefined {
  return db.prepare('SELECT * FROM board_meetings WHERE id = ?').get(id) as MeetingRow | undefined;
}

export function upsertMeetingRow(db: Db, row: MeetingRow): void {
  db.prepare(
    `INSERT INTO board_meetings (id, client_id, date, scope, data, created_at, updated_at, revision)
     VALUES (@id, @client_id, @date, @scope, @data, @created_at, @updated_at, @revision)
     ON CONFLICT (id) DO UPDATE SET date = excluded.date, scope = excluded.scope, data = excluded.data,
       updated_at = excluded.updated_at, revision = excluded.revision`,
  ).run(row);
}

export function deleteMeetingRow(db: Db, id: string): void {
  db.prepare('DELETE FROM board_meetings WHERE id = ?').run(id);
}

export function openClientIds(db: Db): string[] {
  return db
    .prepare("SELECT id FROM clients WHERE status != 'closed' ORDER BY sort_name, id")
    .pluck()
    .all() as string[];
}

/** Clients with at least one card (not closed), for the cross-client flags summary. */
export function clientIdsWithCards(db: Db): string[] {
  return db
    .prepare(
      `SELECT DISTINCT b.client_id FROM board_cards b JOIN clients c ON c.id = b.client_id
       WHERE c.status != 'closed' ORDER BY c.sort_name, b.client_id`,
    )
    .pluck()
    .all() as string[];
}

export function cardAuditRows(
  db: Db,
  cardId: string,
  limit: number,
): { id: number; at: string; action: string; before_json: string | null; after_json: string | null }[] {
  return db
    .prepare(
      `SELECT id, at, action, before_json, after_json FROM audit_events
       WHERE entity_type = 'board-card' AND entity_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(cardId, limit) as {
    id: number;
    at: string;
    action: string;
    before_json: string | null;
    after_json: string | null;
  }[];
}

// ---------------------------------------------------------------------------------------------------------------
// What cards may link to in other features (read-only: evidence and checklists of 0003-evidence)
// ---------------------------------------------------------------------------------------------------------------

export interface EvidenceLinkRow {
  id: string;
  title: string;
  category: string | null;
  scope: string;
}

/** The client's evidence items that finished arriving (a file still being received cannot be linked). */
export function evidenceLinkRows(db: Db, clientId: string): EvidenceLinkRow[] {
  return db
    .prepare(
      `SELECT id, title, category, scope FROM evidence WHERE client_id = ? AND state = 'complete'
       ORDER BY created_at, id`,
    )
    .all(clientId) as EvidenceLinkRow[];
}

export interface ChecklistLinkRow {
  id: string;
  title: string;
  category: string;
  status: string;
  /** The typed due date, or the date of the deadline it follows. */
  due: string | null;
}

export function checklistLinkRows(db: Db, clientId: string): ChecklistLinkRow[] {
  return db
    .prepare(
      `SELECT i.id, i.title, i.category, i.status, coalesce(d.due_date, i.due_date) AS due
       FROM checklist_items i
       JOIN checklists l ON l.id = i.checklist_id
       LEFT JOIN deadlines d ON d.client_id = i.client_id AND d.key = i.due_deadline_key
       WHERE i.client_id = ? ORDER BY l.created_at, i.position`,
    )
    .all(clientId) as ChecklistLinkRow[];
}

/** The client an evidence or checklist item belongs to, or undefined when there is no such item. */
export function linkTargetClient(db: Db, kind: 'evidence' | 'checklist', id: string): string | undefined {
  const table = kind === 'evidence' ? 'evidence' : 'checklist_items';
  return db.prepare(`SELECT client_id FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
}

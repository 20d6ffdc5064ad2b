import { randomUUID } from 'node:crypto';
import type { SequencingCard, SequencingInput } from '../../../shared/board/sequencing';
import type { ResolvedLink } from '../../../shared/board/board';
import { computeDeadlines } from '../../../shared/deadlines/engine';
import { caseFactsFromRecords } from '../../../shared/dossier/facts';
import { type DossierRecord, type RecordInput, storedRecordSchema } from '../../../shared/dossier/records';

export const TODAY = '2026-11-25';
export const CLIENT_ID = '00000000-0000-4000-8000-000000000001';

/** A stored record as the services return it, parsed through the real schema (defaults applied). */
export function record(input: RecordInput & { id?: string }): DossierRecord {
  return storedRecordSchema.parse({
    ...input,
    id: input.id ?? randomUUID(),
    clientId: CLIENT_ID,
    scope: input.scope ?? 'counsel-team',
    createdAt: `${TODAY}T12:00:00.000Z`,
    updatedAt: `${TODAY}T12:00:00.000Z`,
    revision: 1,
  });
}

export function card(partial: Partial<SequencingCard> & Pick<SequencingCard, 'title'>): SequencingCard {
  return {
    id: randomUUID(),
    lane: 'us-immigration',
    status: 'todo',
    kind: 'task',
    dueDate: null,
    links: [],
    ...partial,
  };
}

/** The input the board service builds: records, their computed deadlines (the real engine), cards and links. */
export function input(
  records: DossierRecord[],
  cards: SequencingCard[] = [],
  links: ResolvedLink[] = [],
  today = TODAY,
): SequencingInput {
  return {
    today,
    records,
    deadlines: computeDeadlines(caseFactsFromRecords(records, today)),
    cards,
    links,
  };
}

import { LANE_LABELS, CARD_STATUS_LABELS } from '../../../shared/board/board';
import { type CliCommand, type CliContext, emit } from '../command';
import { openServices } from '../open-services';
import { UsageError } from '../usage-error';

function clientFlag(ctx: CliContext, required: boolean): string | null {
  const value = ctx.flags.client;
  if (typeof value === 'string' && value.length > 0) return value;
  if (required) throw new UsageError('--client is required.');
  return null;
}

export const boardCommand: CliCommand = {
  name: 'board',
  summary: 'One client’s coordination board: cards with lane, status, due date and blockers (--client ID).',
  options: { client: { type: 'string' } },
  async run(ctx) {
    const clientId = clientFlag(ctx, true) as string;
    await openServices(ctx, async (services) => {
      const { cards } = services.board.list({ clientId });
      // An unknown client reads as an error, not as an empty board.
      if (cards.length === 0) services.dossiers.get(clientId);
      const json = cards.map((c) => ({
        id: c.id,
        title: c.title,
        lane: c.lane,
        status: c.status,
        kind: c.kind,
        position: c.position,
        due: c.dueDate,
        dueSource: c.due.type,
        deadlineKey: c.due.type === 'deadline' ? c.due.key : null,
        owner: c.ownerName,
        scope: c.scope,
        blockedBy: c.blockedBy,
      }));
      const titles = new Map(cards.map((c) => [c.id, c.title]));
      emit(
        ctx,
        json,
        cards.length === 0
          ? 'No cards on this board.'
          : cards
              .map(
                (c) =>
                  `${LANE_LABELS[c.lane]} / ${CARD_STATUS_LABELS[c.status]}: ${c.title}` +
                  (c.dueDate ? `  due ${c.dueDate}` : '') +
                  (c.blockedBy.length > 0
                    ? `  blocked by ${c.blockedBy.map((id) => `“${titles.get(id) ?? id}”`).join(', ')}`
                    : ''),
              )
              .join('\n'),
      );
    });
  },
};

export const flagsCommand: CliCommand = {
  name: 'flags',
  summary:
    'Sequencing flags with rule, severity, explanation and source ([--client ID]; default every open client).',
  options: { client: { type: 'string' } },
  async run(ctx) {
    const clientId = clientFlag(ctx, false);
    await openServices(ctx, async (services) => {
      const groups = services.board.flags({ clientId, scope: 'all' });
      const json = groups.flatMap((g) =>
        g.flags.map((f) => ({
          clientId: g.client.id,
          ruleId: f.ruleId,
          id: f.id,
          severity: f.severity,
          title: f.title,
          explanation: f.explanation,
          source: f.source,
          sourceUrl: f.sourceUrl,
          relatedCardId: f.relatedCardId ?? null,
          relatedRecordId: f.relatedRecordId ?? null,
        })),
      );
      emit(
        ctx,
        json,
        json.length === 0
          ? 'No sequencing flags.'
          : groups
              .filter((g) => g.flags.length > 0)
              .map(
                (g) =>
                  `${g.client.familyName.toUpperCase()}, ${g.client.givenNames}\n` +
                  g.flags.map((f) => `  [${f.severity}] ${f.ruleId}: ${f.title}  (${f.source})`).join('\n'),
              )
              .join('\n'),
      );
    });
  },
};

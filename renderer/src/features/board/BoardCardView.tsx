import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, type PointerEvent, memo } from 'react';
import {
  type BoardCard,
  CARD_KIND_LABELS,
  CARD_STATUS_LABELS,
  LANE_LABELS,
} from '../../../../shared/board/board';
import { SHARING_SCOPE_LABELS } from '../../../../shared/dossier/common';
import { ClientName, useClientLabel } from '../privacy/ClientName';
import { BlockedIcon, FlagIcon, LinkIcon, UserIcon } from './board-icons';
import { type KeyMove, dueTone } from './board-view';
import { shortDate } from './format';

export interface CardActions {
  onOpen(card: BoardCard): void;
  onMoveMenu(card: BoardCard): void;
  onKeyMove(card: BoardCard, move: KeyMove): void;
}

interface CardBodyProps {
  card: BoardCard;
  today: string;
  showClient: boolean;
  flagged: boolean;
  /** How many of its blockers are not done yet. */
  openBlockers: number;
}

/**
 * What a card shows: kind, title, client (across clients), due date, owner, blockers, links, flags. Memoized: dnd-kit
 * re-renders every sortable when one registers (as cells scroll), and the card's own content has not changed.
 */
export const CardBody = memo(function CardBody({
  card,
  today,
  showClient,
  flagged,
  openBlockers,
}: CardBodyProps) {
  const tone = dueTone(card, today);
  const exposed = card.scope === 'client-only' || card.scope === 'public' || card.scope === 'ccf';
  return (
    <>
      <div className="board-card__top">
        <span className="board-card__kind">{CARD_KIND_LABELS[card.kind]}</span>
        {exposed && (
          <span className={`board-card__scope board-card__scope--${card.scope}`}>
            {SHARING_SCOPE_LABELS[card.scope]}
          </span>
        )}
        {flagged && (
          <span className="board-card__flag" title="A sequencing check concerns this card">
            <FlagIcon size={13} />
            <span className="visually-hidden">Flagged</span>
          </span>
        )}
      </div>
      <p className="board-card__title">{card.title}</p>
      {showClient && (
        <p className="board-card__client">
          <ClientName familyName={card.client.familyName} givenNames={card.client.givenNames} />
        </p>
      )}
      <div className="board-card__meta">
        {card.dueDate !== null && (
          <span
            className={`board-card__due board-card__due--${tone ?? 'later'}`}
            title={
              card.due.type === 'deadline' ? `Follows: ${card.deadlineTitle ?? 'a computed deadline'}` : 'Due'
            }
          >
            {card.due.type === 'deadline' && <span className="board-card__tied" aria-hidden="true" />}
            {tone === 'overdue' ? 'Overdue · ' : ''}
            {shortDate(card.dueDate)}
          </span>
        )}
        {card.due.type === 'deadline' && card.dueDate === null && (
          <span className="board-card__due board-card__due--missing">Deadline not computed</span>
        )}
        {card.ownerName && (
          <span className="board-card__owner" title="Owner">
            <UserIcon size={13} />
            {card.ownerName}
          </span>
        )}
        {openBlockers > 0 && (
          <span className="board-card__blocked" title="Waiting on other cards">
            <BlockedIcon size={13} />
            Blocked by {openBlockers}
          </span>
        )}
        {card.links.length > 0 && (
          <span className="board-card__links" title="Linked material">
            <LinkIcon size={13} />
            {card.links.length}
          </span>
        )}
      </div>
    </>
  );
});

interface SortableCardProps extends CardBodyProps, CardActions {
  highlighted: boolean;
}

const KEY_MOVES: Record<string, KeyMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * One card on the board. The whole card is the drag handle (pointer: press and move; keyboard: Space to pick up,
 * arrows, Space to drop, Esc to cancel); Enter or a click opens it; Alt+arrows move it without dragging
 * (Alt+Shift+up/down across lanes) and M opens "Move to…".
 */
export function SortableCard(props: SortableCardProps) {
  const { card, onOpen, onMoveMenu, onKeyMove, highlighted, showClient } = props;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, active } = useSortable({
    id: card.id,
    data: { type: 'card', card },
  });
  const clientLabel = useClientLabel();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // While a card is being dragged, dnd-kit's keyboard sensor has the keys (arrows, Space or Enter to drop, Esc).
    if (event.target !== event.currentTarget || active !== null) return;
    if (event.altKey && KEY_MOVES[event.key]) {
      event.preventDefault();
      const move = KEY_MOVES[event.key] as KeyMove;
      onKeyMove(card, event.shiftKey && (move === 'up' || move === 'down') ? `lane-${move}` : move);
      return;
    }
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      onOpen(card);
      return;
    }
    if ((event.key === 'm' || event.key === 'M') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      onMoveMenu(card);
      return;
    }
    listeners?.onKeyDown?.(event);
  };

  const label =
    `${card.title}. ${LANE_LABELS[card.lane]}, ${CARD_STATUS_LABELS[card.status]}` +
    (showClient ? `, ${clientLabel(card.client)}` : '') +
    (card.dueDate ? `, due ${shortDate(card.dueDate)}` : '');

  return (
    <div
      ref={setNodeRef}
      className={[
        'board-card',
        isDragging && 'board-card--placeholder',
        highlighted && 'board-card--highlighted',
        card.status === 'done' && 'board-card--done',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="board-card"
      data-card-id={card.id}
      {...attributes}
      aria-roledescription="card"
      aria-label={label}
      onPointerDown={(event: PointerEvent<HTMLDivElement>) => listeners?.onPointerDown?.(event)}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(card)}
    >
      <CardBody
        card={card}
        today={props.today}
        showClient={showClient}
        flagged={props.flagged}
        openBlockers={props.openBlockers}
      />
    </div>
  );
}

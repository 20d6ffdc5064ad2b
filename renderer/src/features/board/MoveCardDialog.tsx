import { useId, useState } from 'react';
import {
  type BoardCard,
  type CardStatus,
  type Lane,
  CARD_STATUSES,
  CARD_STATUS_LABELS,
  LANES,
  LANE_LABELS,
} from '../../../../shared/board/board';
import { Button } from '../../ui/Button';
import { type Cells, type MoveTarget, cellId, dropOnCell } from './board-view';
import { Dialog } from './Dialog';

interface MoveCardDialogProps {
  card: BoardCard;
  cells: Cells;
  onMove(target: MoveTarget): void;
  onClose(): void;
}

/** "Move to…": the keyboard's (and anyone's) way to move a card without dragging it — lane, column and place. */
export function MoveCardDialog({ card, cells, onMove, onClose }: MoveCardDialogProps) {
  const [lane, setLane] = useState<Lane>(card.lane);
  const [status, setStatus] = useState<CardStatus>(card.status);
  const [place, setPlace] = useState<'top' | 'bottom'>('bottom');
  const ids = { lane: useId(), status: useId() };

  const submit = () => {
    const target: MoveTarget =
      place === 'top' ? { lane, status, afterCardId: null } : dropOnCell(cells, card.id, lane, status);
    onMove(target);
    onClose();
  };

  const count = (cells[cellId(lane, status)] ?? []).filter((c) => c.id !== card.id).length;
  return (
    <Dialog
      title="Move to…"
      description={`“${card.title}”`}
      size="sm"
      onRequestClose={onClose}
      testId="move-card-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={submit}>
            Move
          </Button>
        </>
      }
    >
      <form
        className="card-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.lane}>
            Lane
          </label>
          <select
            id={ids.lane}
            className="board-select"
            value={lane}
            onChange={(e) => setLane(e.target.value as Lane)}
            autoFocus
          >
            {LANES.map((l) => (
              <option key={l} value={l}>
                {LANE_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.status}>
            Column
          </label>
          <select
            id={ids.status}
            className="board-select"
            value={status}
            onChange={(e) => setStatus(e.target.value as CardStatus)}
          >
            {CARD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CARD_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="card-form__fieldset">
          <legend className="field__label">
            Place ({count} other {count === 1 ? 'card' : 'cards'} there)
          </legend>
          <div className="card-form__radios">
            <label className="card-form__radio">
              <input type="radio" name="place" checked={place === 'top'} onChange={() => setPlace('top')} />
              At the top
            </label>
            <label className="card-form__radio">
              <input
                type="radio"
                name="place"
                checked={place === 'bottom'}
                onChange={() => setPlace('bottom')}
              />
              At the bottom
            </label>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}

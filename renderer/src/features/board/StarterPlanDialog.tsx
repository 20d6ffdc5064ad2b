import { useEffect, useState } from 'react';
import { type Lane, LANES, LANE_LABELS, CARD_KIND_LABELS } from '../../../../shared/board/board';
import type { ProposedCard } from '../../../../shared/board/starter-plan';
import { HarborError, invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { showToast } from '../../ui/toast-store';
import { useBoardStore } from './board-store';
import { Dialog } from './Dialog';

interface StarterPlanDialogProps {
  clientId: string;
  onClose(): void;
}

interface Row extends ProposedCard {
  title: string;
}

/**
 * The starter plan of a Red Notice case: the typical cards of every counsel's lane, checked where they fit the
 * dossier. Titles can be edited and cards unchecked before anything is added; all are added in one step.
 */
export function StarterPlanDialog({ clientId, onClose }: StarterPlanDialogProps) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let alive = true;
    invoke('board.starterPlan', { clientId })
      .then((plan) => alive && setRows(plan.map((p) => ({ ...p, title: p.card.title }))))
      .catch(
        (e: unknown) =>
          alive && setError(e instanceof HarborError ? e.message : 'The plan could not be made.'),
      );
    return () => {
      alive = false;
    };
  }, [clientId]);

  const chosen = rows?.filter((r) => r.checked && r.title.trim().length > 0) ?? [];
  const update = (key: string, patch: Partial<Row>) =>
    setRows((current) => current && current.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const apply = async () => {
    setPending(true);
    setError(null);
    try {
      const { created } = await invoke('board.applyStarterPlan', {
        clientId,
        cards: chosen.map((r) => ({ ...r.card, title: r.title.trim() })),
      });
      showToast({ tone: 'success', title: `${created} cards added to the board` });
      await useBoardStore.getState().reload();
      onClose();
    } catch (e) {
      setError(e instanceof HarborError ? e.message : 'The plan was not applied.');
      setPending(false);
    }
  };

  return (
    <Dialog
      title="Start from the Red Notice plan"
      description="The usual cards of each counsel’s lane. Those that fit this dossier are checked; edit or uncheck any before adding them."
      size="lg"
      onRequestClose={onClose}
      testId="starter-plan-dialog"
      footer={
        <>
          <span className="board-dialog__note">{chosen.length} cards will be added</span>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            pending={pending}
            disabled={chosen.length === 0}
            onClick={() => void apply()}
          >
            Add {chosen.length} cards
          </Button>
        </>
      }
    >
      {error && (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      )}
      {rows === null && !error && <p className="board-muted">Preparing the plan…</p>}
      {rows &&
        LANES.map((lane: Lane) => {
          const inLane = rows.filter((r) => r.card.lane === lane);
          if (inLane.length === 0) return null;
          return (
            <fieldset key={lane} className="plan-lane">
              <legend className={`plan-lane__title plan-lane__title--${lane}`}>{LANE_LABELS[lane]}</legend>
              <ul className="plan-lane__rows">
                {inLane.map((row) => (
                  <li key={row.key} className={`plan-row${row.checked ? '' : ' plan-row--off'}`}>
                    <input
                      type="checkbox"
                      checked={row.checked}
                      aria-label={`Add “${row.title}”`}
                      onChange={(e) => update(row.key, { checked: e.target.checked })}
                    />
                    <div className="plan-row__main">
                      <input
                        className="board-input plan-row__title"
                        value={row.title}
                        maxLength={200}
                        aria-label="Card title"
                        onChange={(e) => update(row.key, { title: e.target.value })}
                      />
                      <p className="plan-row__meta">
                        {CARD_KIND_LABELS[row.card.kind]} · {row.card.forum} · {row.card.legalBasis}
                        {row.card.due.type === 'deadline' && ' · follows the one-year deadline'}
                      </p>
                    </div>
                    {row.reason && <span className="plan-row__reason">{row.reason}</span>}
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
    </Dialog>
  );
}

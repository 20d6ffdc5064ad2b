import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import {
  type BoardCard,
  type CardDue,
  type CardInput,
  type CardKind,
  type CardLink,
  type CardStatus,
  type ClientBoard,
  type Lane,
  CARD_KINDS,
  CARD_KIND_LABELS,
  CARD_STATUSES,
  CARD_STATUS_LABELS,
  LANES,
  LANE_LABELS,
  linkKey,
} from '../../../../shared/board/board';
import { SHARING_SCOPES, SHARING_SCOPE_LABELS, type SharingScope } from '../../../../shared/dossier/common';
import type { HistoryEntry } from '../../../../shared/dossier/dossier';
import { HarborError, invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { showToast } from '../../ui/toast-store';
import { useBoardStore } from './board-store';
import { FlagList } from './FlagList';
import { Dialog } from './Dialog';
import { shortDate } from './format';

interface CardDialogProps {
  board: ClientBoard;
  /** The card to edit, or null for a new card in `lane`. */
  card: BoardCard | null;
  lane: Lane;
  onClose(): void;
}

interface Draft {
  title: string;
  lane: Lane;
  status: CardStatus;
  kind: CardKind;
  ownerPartyId: string;
  dueType: CardDue['type'];
  dueDate: string;
  deadlineKey: string;
  forum: string;
  legalBasis: string;
  notes: string;
  scope: SharingScope;
  blockedBy: string[];
  links: CardLink[];
}

function draftOf(card: BoardCard | null, lane: Lane): Draft {
  return {
    title: card?.title ?? '',
    lane: card?.lane ?? lane,
    status: card?.status ?? 'todo',
    kind: card?.kind ?? 'task',
    ownerPartyId: card?.ownerPartyId ?? '',
    dueType: card?.due.type ?? 'none',
    dueDate: card?.due.type === 'manual' ? card.due.date : '',
    deadlineKey: card?.due.type === 'deadline' ? card.due.key : '',
    forum: card?.forum ?? '',
    legalBasis: card?.legalBasis ?? '',
    notes: card?.notes ?? '',
    scope: card?.scope ?? (lane === 'ccf' ? 'ccf' : 'counsel-team'),
    blockedBy: card?.blockedBy ?? [],
    links: card?.links ?? [],
  };
}

function toInput(draft: Draft, id: string | undefined): CardInput {
  const due: CardDue =
    draft.dueType === 'manual'
      ? { type: 'manual', date: draft.dueDate }
      : draft.dueType === 'deadline'
        ? { type: 'deadline', key: draft.deadlineKey }
        : { type: 'none' };
  return {
    id,
    title: draft.title,
    lane: draft.lane,
    status: draft.status,
    kind: draft.kind,
    ownerPartyId: draft.ownerPartyId || null,
    due,
    forum: draft.forum || undefined,
    legalBasis: draft.legalBasis || undefined,
    notes: draft.notes || undefined,
    scope: draft.scope,
    blockedBy: draft.blockedBy,
    links: draft.links,
  };
}

const LINK_GROUPS = [
  { kind: 'evidence', label: 'Evidence items' },
  { kind: 'checklist', label: 'Checklist items' },
  { kind: 'record', label: 'Dossier records' },
] as const;

/** A card's detail: every field, its "blocked by" links and links to material, its flags and its history. */
export function CardDialog({ board, card, lane, onClose }: CardDialogProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(card, lane));
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [linkChoice, setLinkChoice] = useState('');
  const [blockerChoice, setBlockerChoice] = useState('');
  const ids = {
    lane: useId(),
    status: useId(),
    kind: useId(),
    owner: useId(),
    scope: useId(),
    notes: useId(),
  };
  const ids2 = { dueDate: useId(), deadline: useId(), link: useId(), blocked: useId(), blocker: useId() };
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    if (!card) return;
    let alive = true;
    invoke('board.cardHistory', { cardId: card.id, limit: 20 })
      .then((entries) => alive && setHistory(entries))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [card]);

  const resolved = useMemo(() => new Map(board.links.map((l) => [linkKey(l), l])), [board.links]);
  const otherCards = board.cards.filter((c) => c.id !== card?.id);
  const flags = card ? board.flags.filter((f) => f.relatedCardId === card.id) : [];
  const linked = new Set(draft.links.map(linkKey));
  const deadlines = board.deadlines;

  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await useBoardStore.getState().saveCard(board.client.id, toInput(draft, card?.id), card?.revision);
      showToast({ tone: 'success', title: card ? 'Card saved' : 'Card added' });
      onClose();
    } catch (e) {
      setError(
        e instanceof HarborError
          ? { message: e.message, field: e.field }
          : { message: 'The card was not saved.' },
      );
    } finally {
      setPending(false);
    }
  };

  const remove = async () => {
    if (!card) return;
    setPending(true);
    try {
      await useBoardStore.getState().deleteCard(card.id);
      showToast({ tone: 'success', title: 'Card deleted' });
      onClose();
    } catch (e) {
      setError({ message: e instanceof HarborError ? e.message : 'The card was not deleted.' });
      setPending(false);
    }
  };

  const blockedError = error?.field === 'blockedBy' ? error.message : null;

  return (
    <Dialog
      title={card ? 'Card' : `New card · ${LANE_LABELS[draft.lane]}`}
      description={card ? `${LANE_LABELS[card.lane]} · ${CARD_STATUS_LABELS[card.status]}` : undefined}
      onRequestClose={onClose}
      size="lg"
      testId="card-dialog"
      footer={
        <>
          {card && (
            <Button
              variant="ghost"
              className="board-dialog__danger"
              onClick={() => void remove()}
              disabled={pending}
            >
              Delete
            </Button>
          )}
          {card && (
            <Button
              variant="ghost"
              onClick={() => {
                onClose();
                useBoardStore.getState().setMoving(card.id);
              }}
            >
              Move to…
            </Button>
          )}
          <span className="board-dialog__spacer" />
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" pending={pending} onClick={() => void save()}>
            {card ? 'Save' : 'Add card'}
          </Button>
        </>
      }
    >
      <div className="card-form">
        {error && !blockedError && (
          <Alert tone="danger" role="alert">
            {error.message}
          </Alert>
        )}
        {flags.length > 0 && <FlagList flags={flags} compact />}
        <TextField
          label="Title"
          value={draft.title}
          maxLength={200}
          onChange={(e) => set({ title: e.target.value })}
          error={error?.field === 'card.title' || error?.field === 'title' ? error.message : undefined}
          autoFocus={!card}
        />
        <div className="card-form__row card-form__row--3">
          <SelectField
            id={ids.lane}
            label="Lane"
            value={draft.lane}
            onChange={(v) => set({ lane: v as Lane })}
          >
            {LANES.map((l) => (
              <option key={l} value={l}>
                {LANE_LABELS[l]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={ids.status}
            label="Status"
            value={draft.status}
            onChange={(v) => set({ status: v as CardStatus })}
          >
            {CARD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CARD_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={ids.kind}
            label="Kind"
            value={draft.kind}
            onChange={(v) => set({ kind: v as CardKind })}
          >
            {CARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {CARD_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="card-form__row">
          <SelectField
            id={ids.owner}
            label="Owner"
            hint={board.parties.length === 0 ? 'Add the dossier’s parties to assign cards.' : undefined}
            value={draft.ownerPartyId}
            onChange={(v) => set({ ownerPartyId: v })}
          >
            <option value="">No owner</option>
            {board.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.organization ? ` (${p.organization})` : ''}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={ids.scope}
            label="Sharing scope"
            value={draft.scope}
            onChange={(v) => set({ scope: v as SharingScope })}
          >
            {SHARING_SCOPES.map((s) => (
              <option key={s} value={s}>
                {SHARING_SCOPE_LABELS[s]}
              </option>
            ))}
          </SelectField>
        </div>

        <fieldset className="card-form__fieldset">
          <legend className="field__label">Due date</legend>
          <div className="card-form__radios" role="radiogroup" aria-label="Due date">
            {(
              [
                ['none', 'None'],
                ['manual', 'A date'],
                ['deadline', 'Follows a computed deadline'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="card-form__radio">
                <input
                  type="radio"
                  name="due-type"
                  checked={draft.dueType === value}
                  onChange={() => set({ dueType: value })}
                />
                {label}
              </label>
            ))}
          </div>
          {draft.dueType === 'manual' && (
            <div className="field card-form__date">
              <label className="field__label" htmlFor={ids2.dueDate}>
                Date
              </label>
              <input
                id={ids2.dueDate}
                className="board-input"
                type="date"
                value={draft.dueDate}
                onChange={(e) => set({ dueDate: e.target.value })}
              />
            </div>
          )}
          {draft.dueType === 'deadline' && (
            <SelectField
              id={ids2.deadline}
              label="Deadline"
              hint="The card’s date moves with the deadline when the dossier changes."
              value={draft.deadlineKey}
              onChange={(v) => set({ deadlineKey: v })}
            >
              <option value="">Choose a deadline…</option>
              {deadlines.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.title} — {shortDate(d.dueDate)}
                  {d.status !== 'open' ? ` (${d.status})` : ''}
                </option>
              ))}
              {draft.deadlineKey && !deadlines.some((d) => d.key === draft.deadlineKey) && (
                <option value={draft.deadlineKey}>No longer computed ({draft.deadlineKey})</option>
              )}
            </SelectField>
          )}
        </fieldset>

        <fieldset className="card-form__fieldset" aria-describedby={blockedError ? ids2.blocked : undefined}>
          <legend className="field__label">Blocked by</legend>
          {blockedError && (
            <p id={ids2.blocked} className="field__error" role="alert">
              {blockedError}
            </p>
          )}
          {draft.blockedBy.length === 0 && <p className="field__hint">This card waits on no other card.</p>}
          {draft.blockedBy.length > 0 && (
            <ul className="card-links" data-testid="blocked-by">
              {draft.blockedBy.map((id) => {
                const other = board.cards.find((c) => c.id === id);
                return (
                  <li key={id} className="card-link">
                    <span className={`card-link__status card-link__status--${other?.status ?? 'todo'}`}>
                      {other ? CARD_STATUS_LABELS[other.status] : 'Removed'}
                    </span>
                    <span className="card-link__label">
                      {other?.title ?? 'A card no longer on the board'}
                    </span>
                    <span className="card-form__muted">{other ? LANE_LABELS[other.lane] : ''}</span>
                    <button
                      type="button"
                      className="button button--link"
                      onClick={() => set({ blockedBy: draft.blockedBy.filter((b) => b !== id) })}
                    >
                      Remove<span className="visually-hidden"> “{other?.title}” from the blockers</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <div className="card-form__add-link">
            <label className="visually-hidden" htmlFor={ids2.blocker}>
              Card it waits on
            </label>
            <select
              id={ids2.blocker}
              className="board-select"
              value={blockerChoice}
              onChange={(e) => setBlockerChoice(e.target.value)}
            >
              <option value="">Add a card it waits on…</option>
              {LANES.map((laneId) => {
                const options = otherCards.filter(
                  (c) => c.lane === laneId && !draft.blockedBy.includes(c.id),
                );
                if (options.length === 0) return null;
                return (
                  <optgroup key={laneId} label={LANE_LABELS[laneId]}>
                    {options.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.title}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
            <Button
              size="sm"
              disabled={!blockerChoice}
              onClick={() => {
                set({ blockedBy: [...draft.blockedBy, blockerChoice] });
                setBlockerChoice('');
              }}
            >
              Add
            </Button>
          </div>
        </fieldset>

        <fieldset className="card-form__fieldset">
          <legend className="field__label">Linked material</legend>
          {draft.links.length === 0 && (
            <p className="field__hint">No evidence, checklist item or record linked.</p>
          )}
          {draft.links.length > 0 && (
            <ul className="card-links" data-testid="card-links">
              {draft.links.map((link) => {
                const item = resolved.get(linkKey(link));
                return (
                  <li key={linkKey(link)} className={`card-link${item?.exists ? '' : ' card-link--missing'}`}>
                    <span className="card-link__kind">{KIND_NAMES[link.kind]}</span>
                    <span className="card-link__label">{item?.label ?? 'Not found'}</span>
                    {item?.scope && (
                      <span className={`board-card__scope board-card__scope--${item.scope}`}>
                        {SHARING_SCOPE_LABELS[item.scope]}
                      </span>
                    )}
                    {item && !item.exists && (
                      <span className="card-link__missing">no longer in the vault</span>
                    )}
                    <button
                      type="button"
                      className="button button--link"
                      onClick={() => set({ links: draft.links.filter((l) => linkKey(l) !== linkKey(link)) })}
                    >
                      Remove<span className="visually-hidden"> link to {item?.label}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <div className="card-form__add-link">
            <label className="visually-hidden" htmlFor={ids2.link}>
              Material to link
            </label>
            <select
              id={ids2.link}
              className="board-select"
              value={linkChoice}
              onChange={(e) => setLinkChoice(e.target.value)}
            >
              <option value="">Link evidence, a checklist item or a record…</option>
              {LINK_GROUPS.map((group) => {
                const options = board.links.filter(
                  (l) => l.kind === group.kind && l.exists && !linked.has(linkKey(l)),
                );
                const records =
                  group.kind === 'record'
                    ? board.records
                        .filter((r) => !linked.has(`record:${r.id}`))
                        .map((r) => ({ kind: 'record' as const, id: r.id, label: r.label }))
                    : options;
                if (records.length === 0) return null;
                return (
                  <optgroup key={group.kind} label={group.label}>
                    {records.map((l) => (
                      <option key={linkKey(l)} value={linkKey(l)}>
                        {l.label}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
            <Button
              size="sm"
              disabled={!linkChoice}
              onClick={() => {
                const [kind, ...rest] = linkChoice.split(':');
                set({ links: [...draft.links, { kind: kind as CardLink['kind'], id: rest.join(':') }] });
                setLinkChoice('');
              }}
            >
              Link
            </Button>
          </div>
        </fieldset>

        <div className="card-form__row">
          <TextField
            label="Forum"
            value={draft.forum}
            maxLength={200}
            onChange={(e) => set({ forum: e.target.value })}
          />
          <TextField
            label="Legal basis"
            value={draft.legalBasis}
            maxLength={500}
            onChange={(e) => set({ legalBasis: e.target.value })}
          />
        </div>

        <div className="field">
          <label className="field__label" htmlFor={ids.notes}>
            Notes
          </label>
          <textarea
            id={ids.notes}
            className="board-textarea"
            rows={4}
            value={draft.notes}
            maxLength={10_000}
            onChange={(e) => set({ notes: e.target.value })}
          />
        </div>

        {card && history && history.length > 0 && (
          <details className="card-history">
            <summary>History ({history.length})</summary>
            <ol>
              {history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.at}>{new Date(h.at).toLocaleString('en-US')}</time>{' '}
                  {ACTION_LABELS[h.action] ?? h.action}
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
    </Dialog>
  );
}

const KIND_NAMES: Record<CardLink['kind'], string> = {
  evidence: 'Evidence',
  checklist: 'Checklist',
  record: 'Record',
};

const ACTION_LABELS: Record<string, string> = {
  'board-card.created': 'Created',
  'board-card.updated': 'Edited',
  'board-card.moved': 'Moved',
};

interface SelectFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}

export function SelectField({ id, label, hint, value, onChange, children }: SelectFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="board-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

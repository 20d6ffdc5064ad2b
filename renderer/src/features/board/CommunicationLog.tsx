import { useId, useState } from 'react';
import {
  type ClientBoard,
  type Communication,
  COMMUNICATION_CHANNELS,
  COMMUNICATION_CHANNEL_LABELS,
  LANE_LABELS,
} from '../../../../shared/board/board';
import { SHARING_SCOPES, SHARING_SCOPE_LABELS, type SharingScope } from '../../../../shared/dossier/common';
import { HarborError, invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { showToast } from '../../ui/toast-store';
import { MessageIcon, PlusIcon } from './board-icons';
import { useBoardStore } from './board-store';
import { SelectField } from './CardDialog';
import { Dialog } from './Dialog';
import { longDate } from './format';

type Channel = (typeof COMMUNICATION_CHANNELS)[number];

/** The communication log of one client, per party: what was said, by which channel, and what follows from it. */
export function CommunicationLog({ board }: { board: ClientBoard }) {
  const [party, setParty] = useState('');
  const [formOpen, setFormOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const filterId = useId();
  const entries = board.communications.filter((c) => !party || c.partyId === party);
  const cardTitle = (id: string | null) => board.cards.find((c) => c.id === id)?.title;

  const makeCard = async (entry: Communication) => {
    try {
      const card = await invoke('board.cardFromFollowUp', {
        clientId: board.client.id,
        source: { type: 'communication', id: entry.id },
      });
      await useBoardStore.getState().reload();
      setAnnouncement(`Card added in ${LANE_LABELS[card.lane]}, To do.`);
    } catch (e) {
      showToast({
        tone: 'danger',
        title: 'No card was made',
        description: e instanceof HarborError ? e.message : '',
      });
    }
  };

  return (
    <section className="board-log" aria-labelledby="communications-title" data-testid="communication-log">
      <header className="board-log__header">
        <h2 id="communications-title" className="board-log__title">
          Communication log
        </h2>
        <div className="board-log__tools">
          <label className="visually-hidden" htmlFor={filterId}>
            Party
          </label>
          <select
            id={filterId}
            className="board-select"
            value={party}
            onChange={(e) => setParty(e.target.value)}
          >
            <option value="">Every party</option>
            {board.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <Button
            variant="primary"
            size="sm"
            icon={<PlusIcon size={15} />}
            onClick={() => setFormOpen(true)}
            disabled={board.parties.length === 0}
          >
            Log a communication
          </Button>
        </div>
      </header>
      {board.parties.length === 0 && (
        <p className="board-muted">
          Add the dossier’s parties (co-counsel, experts, NGOs) to log communications.
        </p>
      )}
      {entries.length === 0 && board.parties.length > 0 && (
        <p className="board-muted">Nothing logged{party ? ' with this party' : ''} yet.</p>
      )}
      <ol className="log-list">
        {entries.map((entry) => (
          <li key={entry.id} className="log-entry" data-testid="communication-entry">
            <div className="log-entry__icon">
              <MessageIcon size={16} />
            </div>
            <div className="log-entry__body">
              <p className="log-entry__head">
                <strong>{entry.partyName ?? 'A removed party'}</strong>
                <span className="log-entry__meta">
                  {COMMUNICATION_CHANNEL_LABELS[entry.channel]} ·{' '}
                  {entry.direction === 'incoming' ? 'Received' : 'Sent'} ·{' '}
                  <time dateTime={entry.date}>{longDate(entry.date)}</time>
                </span>
                <span className={`board-card__scope board-card__scope--${entry.scope}`}>
                  {SHARING_SCOPE_LABELS[entry.scope]}
                </span>
              </p>
              <p className="log-entry__summary">{entry.summary}</p>
              {entry.followUp && (
                <div className="log-entry__follow-up">
                  <span className="log-entry__label">Follow-up</span>
                  <span>
                    {entry.followUp}
                    {entry.followUpDue && <> · by {longDate(entry.followUpDue)}</>}
                  </span>
                  {entry.followUpCardId ? (
                    <span className="log-entry__card">Card: {cardTitle(entry.followUpCardId)}</span>
                  ) : (
                    <Button size="sm" onClick={() => void makeCard(entry)}>
                      Make a card
                    </Button>
                  )}
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {formOpen && <CommunicationForm board={board} partyId={party} onClose={() => setFormOpen(false)} />}
    </section>
  );
}

function CommunicationForm({
  board,
  partyId,
  onClose,
}: {
  board: ClientBoard;
  partyId: string;
  onClose(): void;
}) {
  const [draft, setDraft] = useState({
    partyId: partyId || (board.parties[0]?.id ?? ''),
    date: board.today,
    channel: 'email' as Channel,
    direction: 'outgoing' as 'outgoing' | 'incoming',
    summary: '',
    followUp: '',
    followUpDue: '',
    scope: 'counsel-team' as SharingScope,
  });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ids = { party: useId(), channel: useId(), direction: useId(), summary: useId(), scope: useId() };
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await invoke('board.saveCommunication', {
        clientId: board.client.id,
        entry: {
          ...draft,
          followUp: draft.followUp || undefined,
          followUpDue: draft.followUpDue || undefined,
        },
      });
      await useBoardStore.getState().reload();
      onClose();
    } catch (e) {
      setError(e instanceof HarborError ? e.message : 'Nothing was saved.');
      setPending(false);
    }
  };

  return (
    <Dialog
      title="Log a communication"
      onRequestClose={onClose}
      testId="communication-form"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" pending={pending} onClick={() => void save()}>
            Save
          </Button>
        </>
      }
    >
      <div className="card-form">
        {error && (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        )}
        <div className="card-form__row">
          <SelectField
            id={ids.party}
            label="Party"
            value={draft.partyId}
            onChange={(v) => set({ partyId: v })}
          >
            {board.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Date"
            type="date"
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </div>
        <div className="card-form__row card-form__row--3">
          <SelectField
            id={ids.channel}
            label="Channel"
            value={draft.channel}
            onChange={(v) => set({ channel: v as Channel })}
          >
            {COMMUNICATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {COMMUNICATION_CHANNEL_LABELS[c]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={ids.direction}
            label="Direction"
            value={draft.direction}
            onChange={(v) => set({ direction: v as 'outgoing' | 'incoming' })}
          >
            <option value="outgoing">Sent</option>
            <option value="incoming">Received</option>
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
        <div className="field">
          <label className="field__label" htmlFor={ids.summary}>
            Summary
          </label>
          <textarea
            id={ids.summary}
            className="board-textarea"
            rows={3}
            value={draft.summary}
            maxLength={4000}
            onChange={(e) => set({ summary: e.target.value })}
          />
        </div>
        <div className="card-form__row">
          <TextField
            label="Follow-up"
            value={draft.followUp}
            maxLength={1000}
            onChange={(e) => set({ followUp: e.target.value })}
          />
          <TextField
            label="Follow-up by"
            type="date"
            value={draft.followUpDue}
            onChange={(e) => set({ followUpDue: e.target.value })}
          />
        </div>
      </div>
    </Dialog>
  );
}

import { useId, useState } from 'react';
import {
  type ClientBoard,
  type Meeting,
  MEETING_BODIES,
  MEETING_BODY_LABELS,
} from '../../../../shared/board/board';
import { SHARING_SCOPES, SHARING_SCOPE_LABELS, type SharingScope } from '../../../../shared/dossier/common';
import { HarborError, invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { showToast } from '../../ui/toast-store';
import { PlusIcon, UsersIcon } from './board-icons';
import { useBoardStore } from './board-store';
import { SelectField } from './CardDialog';
import { Dialog } from './Dialog';
import { longDate } from './format';

type Body = (typeof MEETING_BODIES)[number];

/** Advocacy meetings (DOJ, DHS, INTERPOL Washington, UN bodies…): attendees, asks, outcomes and follow-up cards. */
export function MeetingRecords({ board }: { board: ClientBoard }) {
  const [formOpen, setFormOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const cardTitle = (id: string | null) => board.cards.find((c) => c.id === id)?.title;

  const makeCard = async (meeting: Meeting, index: number) => {
    try {
      await invoke('board.cardFromFollowUp', {
        clientId: board.client.id,
        source: { type: 'meeting', id: meeting.id, index },
      });
      await useBoardStore.getState().reload();
      setAnnouncement('Card added in Advocacy, To do.');
    } catch (e) {
      showToast({
        tone: 'danger',
        title: 'No card was made',
        description: e instanceof HarborError ? e.message : '',
      });
    }
  };

  return (
    <section className="board-log" aria-labelledby="meetings-title" data-testid="meeting-records">
      <header className="board-log__header">
        <h2 id="meetings-title" className="board-log__title">
          Advocacy meetings
        </h2>
        <Button variant="primary" size="sm" icon={<PlusIcon size={15} />} onClick={() => setFormOpen(true)}>
          Record a meeting
        </Button>
      </header>
      {board.meetings.length === 0 && <p className="board-muted">No meeting recorded yet.</p>}
      <ol className="meeting-list">
        {board.meetings.map((meeting) => (
          <li key={meeting.id} className="meeting" data-testid="meeting">
            <header className="meeting__header">
              <UsersIcon size={18} />
              <div>
                <h3 className="meeting__title">{meeting.title}</h3>
                <p className="log-entry__meta">
                  {MEETING_BODY_LABELS[meeting.body]} ·{' '}
                  <time dateTime={meeting.date}>{longDate(meeting.date)}</time>
                </p>
              </div>
              <span className={`board-card__scope board-card__scope--${meeting.scope}`}>
                {SHARING_SCOPE_LABELS[meeting.scope]}
              </span>
            </header>
            <dl className="meeting__facts">
              {meeting.attendees.length > 0 && (
                <>
                  <dt>Attendees</dt>
                  <dd>{meeting.attendees.join(', ')}</dd>
                </>
              )}
              {meeting.asks.length > 0 && (
                <>
                  <dt>Asks</dt>
                  <dd>
                    <ul>
                      {meeting.asks.map((ask) => (
                        <li key={ask}>{ask}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              {meeting.outcomes && (
                <>
                  <dt>Outcomes</dt>
                  <dd>{meeting.outcomes}</dd>
                </>
              )}
              {meeting.followUps.length > 0 && (
                <>
                  <dt>Follow-ups</dt>
                  <dd>
                    <ul className="meeting__follow-ups">
                      {meeting.followUps.map((f, index) => (
                        <li key={`${index}-${f.text}`}>
                          <span>{f.text}</span>
                          {f.cardId ? (
                            <span className="log-entry__card">Card: {cardTitle(f.cardId)}</span>
                          ) : (
                            <Button size="sm" onClick={() => void makeCard(meeting, index)}>
                              Make a card
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {formOpen && <MeetingForm board={board} onClose={() => setFormOpen(false)} />}
    </section>
  );
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function MeetingForm({ board, onClose }: { board: ClientBoard; onClose(): void }) {
  const [draft, setDraft] = useState({
    date: board.today,
    body: 'doj-oia' as Body,
    title: '',
    attendees: '',
    asks: '',
    outcomes: '',
    followUps: '',
    scope: 'counsel-team' as SharingScope,
  });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ids = {
    body: useId(),
    scope: useId(),
    attendees: useId(),
    asks: useId(),
    outcomes: useId(),
    follow: useId(),
  };
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await invoke('board.saveMeeting', {
        clientId: board.client.id,
        meeting: {
          date: draft.date,
          body: draft.body,
          title: draft.title,
          attendees: lines(draft.attendees),
          asks: lines(draft.asks),
          outcomes: draft.outcomes || undefined,
          followUps: lines(draft.followUps).map((text) => ({ text })),
          scope: draft.scope,
        },
      });
      await useBoardStore.getState().reload();
      onClose();
    } catch (e) {
      setError(e instanceof HarborError ? e.message : 'Nothing was saved.');
      setPending(false);
    }
  };

  const area = (
    id: string,
    label: string,
    key: 'attendees' | 'asks' | 'outcomes' | 'followUps',
    hint?: string,
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="board-textarea"
        rows={3}
        value={draft[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );

  return (
    <Dialog
      title="Record a meeting"
      size="lg"
      onRequestClose={onClose}
      testId="meeting-form"
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
        <div className="card-form__row card-form__row--3">
          <SelectField
            id={ids.body}
            label="With"
            value={draft.body}
            onChange={(v) => set({ body: v as Body })}
          >
            {MEETING_BODIES.map((b) => (
              <option key={b} value={b}>
                {MEETING_BODY_LABELS[b]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Date"
            type="date"
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
          />
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
        <TextField
          label="Subject"
          value={draft.title}
          maxLength={200}
          onChange={(e) => set({ title: e.target.value })}
        />
        <div className="card-form__row">
          {area(ids.attendees, 'Attendees', 'attendees', 'One per line.')}
          {area(ids.asks, 'Asks', 'asks', 'One per line.')}
        </div>
        {area(ids.outcomes, 'Outcomes', 'outcomes')}
        {area(ids.follow, 'Follow-ups', 'followUps', 'One per line; each can become a card on the board.')}
      </div>
    </Dialog>
  );
}

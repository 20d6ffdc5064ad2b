import {
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { formatDuration } from '../../../../shared/visit/visit';
import { endSessionIfLocked } from '../../app/session';
import { Button } from '../../ui/Button';
import { CheckIcon } from '../../ui/icons';
import { IS_MAC } from '../../ui/shortcuts';
import { ClientName } from '../privacy/ClientName';
import { clockTime } from '../safety/format';
import { LanguagesIcon, MessageIcon, PauseIcon, PlayIcon, PlusIcon, TimerIcon } from '../safety/icons';
import { EndVisitDialog } from './EndVisitDialog';
import { type ActiveVisit, useVisitStore } from './visit-store';
import './visit.css';

const ALT = IS_MAC ? '⌥' : 'Alt';
const MOD = IS_MAC ? '⌘' : 'Ctrl';

/** Every shortcut of the screen, listed on it. Alt+letter by key position (event.code), so layouts do not matter. */
const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: [ALT, 'N'], label: 'Notes' },
  { keys: [ALT, 'S'], label: 'New statement' },
  { keys: [MOD, 'Enter'], label: 'Log statement' },
  { keys: [ALT, 'L'], label: 'Language' },
  { keys: [ALT, 'I'], label: 'Interpreter' },
  { keys: [ALT, 'Q'], label: 'Questions' },
  { keys: ['Space'], label: 'Tick question' },
  { keys: [ALT, 'A'], label: 'Add question' },
  { keys: [ALT, 'P'], label: 'Pause timer' },
  { keys: [ALT, 'E'], label: 'End visit' },
];

const AUTOSAVE_MS = 1200;
const PERIODIC_SAVE_MS = 30_000;

/**
 * The visit capture mode: a full-window screen with nothing but the visit — a timer, notes, the questions to tick
 * off, and the statements log (what was said, in which language, through which interpreter). Everything can be done
 * from the keyboard; the draft is saved into the vault as it is typed, and filed into the dossier at the end.
 */
export function VisitScreen({ visit }: { visit: ActiveVisit }) {
  const ref = useRef<HTMLDialogElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const statementRef = useRef<HTMLTextAreaElement>(null);
  const languageRef = useRef<HTMLInputElement>(null);
  const interpreterRef = useRef<HTMLInputElement>(null);
  const questionsRef = useRef<HTMLUListElement>(null);
  const addQuestionRef = useRef<HTMLInputElement>(null);
  const [ending, setEnding] = useState(false);
  const [statementText, setStatementText] = useState('');
  const [statementError, setStatementError] = useState<string | null>(null);
  const [newQuestion, setNewQuestion] = useState('');
  const titleId = useId();
  const { draft, running } = visit;
  const store = useVisitStore.getState;

  // The screen is a modal <dialog>: the app behind it is inert, and Esc does not close a visit by accident.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    notesRef.current?.focus();
    const onCancel = (event: Event) => event.preventDefault();
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  // The timer.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => store().tick(), 1000);
    return () => clearInterval(timer);
  }, [running, store]);

  // Saved shortly after each change, and every half minute while the timer runs.
  useEffect(() => {
    if (!visit.dirty) return;
    const timer = setTimeout(() => void store().save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [visit.dirty, draft, store]);
  useEffect(() => {
    const timer = setInterval(() => void store().save(), PERIODIC_SAVE_MS);
    return () => clearInterval(timer);
  }, [store]);

  const logStatement = () => {
    const text = statementText.trim();
    const language = draft.language.trim();
    if (!text) return setStatementError('Write down what was said first.');
    if (!language) {
      setStatementError('Say in which language it was said.');
      languageRef.current?.focus();
      return;
    }
    store().addStatement({ text, language, interpreter: draft.interpreter.trim() });
    setStatementText('');
    setStatementError(null);
    statementRef.current?.focus();
  };

  const addQuestion = () => {
    if (!newQuestion.trim()) return;
    store().addQuestion(newQuestion);
    setNewQuestion('');
  };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (ending) return;
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const actions: Record<string, () => void> = {
        KeyN: () => notesRef.current?.focus(),
        KeyS: () => statementRef.current?.focus(),
        KeyL: () => languageRef.current?.focus(),
        KeyI: () => interpreterRef.current?.focus(),
        KeyQ: () => questionsRef.current?.querySelector<HTMLInputElement>('input')?.focus(),
        KeyA: () => addQuestionRef.current?.focus(),
        KeyP: () => store().toggleTimer(),
        KeyE: () => setEnding(true),
      };
      const action = actions[event.code];
      if (action) {
        event.preventDefault();
        action();
      }
    }
  };

  const onQuestionKey = (event: ReactKeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const boxes = [...(questionsRef.current?.querySelectorAll<HTMLInputElement>('input') ?? [])];
    const index = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (index < 0) return;
    event.preventDefault();
    boxes[Math.max(0, Math.min(boxes.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  const done = draft.questions.filter((q) => q.done).length;
  return (
    <dialog
      ref={ref}
      className="visit"
      aria-labelledby={titleId}
      data-testid="visit-screen"
      onKeyDown={onKeyDown}
    >
      <header className="visit__bar">
        <div className="visit__who">
          <p className="visit__eyebrow">Visit in progress{visit.resumed ? ' · resumed' : ''}</p>
          <h1 id={titleId} className="visit__client">
            <ClientName familyName={visit.familyName} givenNames={visit.givenNames} />
          </h1>
        </div>
        <label className="visit__place">
          <span>Place</span>
          <input
            className="input"
            value={draft.place}
            placeholder="Detention center, office…"
            onChange={(e) => store().patch({ place: e.target.value })}
          />
        </label>
        <div className={`visit__timer${running ? '' : ' visit__timer--paused'}`} data-testid="visit-timer">
          <TimerIcon size={18} />
          <span className="visit__time" role="timer" aria-live="off" aria-label="Time on the visit">
            {formatDuration(draft.elapsedSeconds)}
          </span>
          <button
            type="button"
            className="visit__timer-button"
            onClick={() => store().toggleTimer()}
            aria-label={running ? 'Pause the timer' : 'Resume the timer'}
            aria-keyshortcuts="Alt+P"
          >
            {running ? <PauseIcon size={16} /> : <PlayIcon size={16} />}
          </button>
        </div>
        <p className="visit__saved" aria-live="polite">
          {visit.saveError ??
            (visit.savedAt ? `Saved in the vault ${clockTime(visit.savedAt)}` : 'Not saved yet')}
        </p>
        <Button variant="ghost" onClick={() => void store().leave().catch(endSessionIfLocked)}>
          Leave for now
        </Button>
        <Button variant="primary" onClick={() => setEnding(true)} aria-keyshortcuts="Alt+E">
          End visit
        </Button>
      </header>

      <div className="visit__main">
        <section className="visit__column visit__notes" aria-label="Notes">
          <ColumnHeading keys="N">Notes</ColumnHeading>
          <textarea
            ref={notesRef}
            className="visit__textarea"
            value={draft.notes}
            onChange={(e) => store().patch({ notes: e.target.value })}
            placeholder="What you observe, what to do next…"
            aria-keyshortcuts="Alt+N"
            aria-label="Notes"
            spellCheck={false}
          />
        </section>

        <section className="visit__column visit__statements" aria-label="Statements">
          <ColumnHeading keys="S">Statements · {draft.statements.length}</ColumnHeading>
          <div className="visit__statement-form">
            <div className="visit__speech">
              <label className="visit__mini-field">
                <span>
                  <LanguagesIcon size={14} /> Language
                </span>
                <input
                  ref={languageRef}
                  className="input"
                  value={draft.language}
                  onChange={(e) => store().patch({ language: e.target.value })}
                  aria-keyshortcuts="Alt+L"
                  placeholder="Russian"
                />
              </label>
              <label className="visit__mini-field">
                <span>Interpreter</span>
                <input
                  ref={interpreterRef}
                  className="input"
                  value={draft.interpreter}
                  onChange={(e) => store().patch({ interpreter: e.target.value })}
                  aria-keyshortcuts="Alt+I"
                  placeholder="None: spoken directly"
                />
              </label>
            </div>
            <textarea
              ref={statementRef}
              className="visit__textarea visit__textarea--statement"
              value={statementText}
              onChange={(e) => setStatementText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  logStatement();
                }
              }}
              placeholder="What the client said, as interpreted"
              aria-label="Statement"
              aria-keyshortcuts="Alt+S Control+Enter"
              aria-invalid={statementError ? true : undefined}
            />
            <div className="visit__statement-actions">
              {statementError ? (
                <p className="visit__error" role="alert">
                  {statementError}
                </p>
              ) : (
                <p className="visit__hint">
                  <kbd>{MOD}</kbd>+<kbd>Enter</kbd> logs it with the time, language and interpreter.
                </p>
              )}
              <Button size="sm" icon={<MessageIcon size={15} />} onClick={logStatement}>
                Log statement
              </Button>
            </div>
          </div>
          <ol className="visit__log" aria-label="Statements logged" data-testid="statements-log">
            {[...draft.statements].reverse().map((s) => (
              <li key={s.id} className="visit__log-item">
                <p className="visit__log-meta">
                  <span className="visit__log-time">{clockTime(s.at)}</span>
                  <span>{s.language}</span>
                  <span>{s.interpreter ? `via ${s.interpreter}` : 'no interpreter'}</span>
                </p>
                <p className="visit__log-text">{s.text}</p>
              </li>
            ))}
            {draft.statements.length === 0 && <li className="visit__empty">Nothing logged yet.</li>}
          </ol>
        </section>

        <section className="visit__column visit__questions" aria-label="Questions">
          <ColumnHeading keys="Q">
            Questions · {done}/{draft.questions.length}
          </ColumnHeading>
          <ul
            ref={questionsRef}
            className="visit__question-list"
            onKeyDown={onQuestionKey}
            data-testid="visit-questions"
          >
            {draft.questions.map((q) => (
              <li key={q.id}>
                <label className="visit__question" data-done={q.done || undefined}>
                  <input type="checkbox" checked={q.done} onChange={() => store().toggleQuestion(q.id)} />
                  <span className="visit__check" aria-hidden="true">
                    {q.done && <CheckIcon size={13} />}
                  </span>
                  <span className="visit__question-text">{q.text}</span>
                  {q.source === 'checklist' && <span className="visit__question-source">checklist</span>}
                </label>
              </li>
            ))}
          </ul>
          <form
            className="visit__add-question"
            onSubmit={(e) => {
              e.preventDefault();
              addQuestion();
            }}
          >
            <input
              ref={addQuestionRef}
              className="input"
              value={newQuestion}
              onChange={(e) => setNewQuestion(e.target.value)}
              placeholder="Add a question"
              aria-label="Add a question"
              aria-keyshortcuts="Alt+A"
            />
            <button type="submit" className="icon-button" aria-label="Add the question">
              <PlusIcon size={16} />
            </button>
          </form>
        </section>
      </div>

      <footer className="visit__shortcuts" aria-label="Keyboard shortcuts">
        {SHORTCUTS.map((s) => (
          <span key={s.label} className="visit__shortcut">
            <span className="shortcut">
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </span>
            {s.label}
          </span>
        ))}
      </footer>
      {ending && <EndVisitDialog visit={visit} onClose={() => setEnding(false)} />}
    </dialog>
  );
}

function ColumnHeading({ keys, children }: { keys: string; children: ReactNode }) {
  return (
    <h2 className="visit__heading">
      <span>{children}</span>
      <span className="shortcut visit__heading-keys" aria-hidden="true">
        <kbd>{ALT}</kbd>
        <kbd>{keys}</kbd>
      </span>
    </h2>
  );
}

import { Tabs } from 'radix-ui';
import { useEffect, useRef, useState } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier';
import { FRONTS } from '../../../../shared/dossier/records';
import { invoke } from '../../api';
import { useNavigationStore } from '../../app/navigation-store';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SequencingFlags } from '../board/SequencingFlags';
import { PdfExportButton } from '../pdf/PdfExportButton';
import { ExportBundleButton } from '../bundles/ExportBundleButton';
import { StartVisitButton } from '../visit/StartVisitButton';
import { ArrowLeftIcon, CalendarClockIcon } from '../../ui/icons';
import { showToast } from '../../ui/toast-store';
import { ClientName, useClientLabel } from '../privacy/ClientName';
import { TimelineTab } from '../timeline/TimelineTab';
import { ClientForm } from './ClientForm';
import { DeadlinesTab } from './DeadlinesTab';
import { useDossierStore } from './dossier-store';
import { formatDate, relativeDays, todayIso, urgencyOf } from './format';
import { FrontSection, kindsOf } from './FrontSection';
import { FRONT_LABELS } from './fronts';
import { HistoryTab } from './HistoryTab';
import { useDossierListStore } from './list-store';
import { OverviewTab } from './OverviewTab';
import { DetainedBadge, FrontDot, StatusBadge } from './ui/badges';
import { CheckItem } from './ui/CheckItem';
import { HistoryIcon, PencilIcon, TimelineIcon, TrashIcon } from './ui/feature-icons';
import { Modal } from './ui/Modal';

/** One client's whole situation: who, what is due, what the checks found, and every front of the case. */
export function DossierView({ id }: { id: string }) {
  const dossier = useDossierStore((s) => s.dossier);
  const loadingId = useDossierStore((s) => s.loadingId);
  const error = useDossierStore((s) => s.error);
  const clientForm = useDossierStore((s) => s.clientForm);
  const closeDossier = useNavigationStore((s) => s.closeDossier);

  useEffect(() => {
    if (useDossierStore.getState().dossier?.id !== id) void useDossierStore.getState().load(id);
  }, [id]);

  // Esc or Alt+Left: back to the list (not while a dialog or the client form is open).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (useDossierStore.getState().clientForm) return;
      const back = (event.key === 'Escape' && !event.altKey) || (event.altKey && event.key === 'ArrowLeft');
      if (!back) return;
      const target = event.target as HTMLElement | null;
      if (event.key === 'Escape' && target?.closest('input, textarea, select, [role="listbox"]')) return;
      event.preventDefault();
      closeDossier();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [closeDossier]);

  if (dossier?.id !== id) {
    return (
      <div className="page dx-dossier-page">
        <button type="button" className="dx-back-link" onClick={closeDossier}>
          <ArrowLeftIcon size={15} />
          Dossiers
        </button>
        {error && loadingId === null ? (
          <Alert tone="danger" role="alert" title="The dossier could not be opened">
            {error}
          </Alert>
        ) : (
          <div className="dx-dossier-loading" aria-busy="true" aria-label="Opening the dossier">
            <span className="dx-skeleton dx-skeleton--title" />
            <span className="dx-skeleton dx-skeleton--line" />
            <span className="dx-skeleton dx-skeleton--block" />
          </div>
        )}
      </div>
    );
  }

  if (clientForm === 'edit') {
    return <ClientForm dossier={dossier} onDone={() => useDossierStore.getState().openClientForm(null)} />;
  }
  return <DossierBody dossier={dossier} />;
}

function DossierBody({ dossier }: { dossier: Dossier }) {
  const tab = useDossierStore((s) => s.tab);
  const setTab = useDossierStore((s) => s.setTab);
  const closeDossier = useNavigationStore((s) => s.closeDossier);
  const [deleting, setDeleting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = todayIso();
  const { client } = dossier;
  const immigration = dossier.records.find((r) => r.kind === 'immigration');
  const aNumber = immigration?.kind === 'immigration' ? immigration.data.aNumber : undefined;
  const openDeadlines = dossier.deadlines.filter((d) => d.status === 'open');
  const upcoming = [...openDeadlines].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).slice(0, 3);
  const overdue = openDeadlines.filter((d) => urgencyOf(d.dueDate, today) === 'overdue').length;
  const severities = {
    critical: dossier.checks.filter((c) => c.severity === 'critical').length,
    warning: dossier.checks.filter((c) => c.severity === 'warning').length,
    info: dossier.checks.filter((c) => c.severity === 'info').length,
  };

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [dossier.id]);

  const identifiers = [
    client.dateOfBirth && `Born ${formatDate(client.dateOfBirth)}`,
    client.nationalities.length > 0 && client.nationalities.join(', '),
    aNumber && `A-number ${aNumber}`,
    client.languages.length > 0 &&
      `${client.languages.join(', ')}${client.interpreterNeeded === 'yes' ? ' (interpreter)' : ''}`,
  ].filter((x): x is string => typeof x === 'string' && x !== '');

  return (
    <div className="page dx-dossier-page" data-testid="dossier-view">
      <header className="dx-dossier-header">
        <button
          type="button"
          className="dx-back-link"
          onClick={closeDossier}
          aria-keyshortcuts="Escape Alt+ArrowLeft"
        >
          <ArrowLeftIcon size={15} />
          Dossiers
        </button>
        <div className="dx-dossier-header__row">
          <div className="dx-dossier-header__identity">
            <h1 ref={headingRef} tabIndex={-1} className="dx-dossier-header__name" data-testid="dossier-name">
              <ClientName familyName={client.familyName} givenNames={client.givenNames} />
            </h1>
            <div className="dx-dossier-header__badges">
              <StatusBadge status={client.status} />
              {dossier.detained && <DetainedBadge />}
            </div>
          </div>
          <div className="dx-dossier-header__actions">
            <PdfExportButton
              clientId={dossier.id}
              familyName={client.familyName}
              givenNames={client.givenNames}
            />
            <ExportBundleButton
              clientId={dossier.id}
              familyName={client.familyName}
              givenNames={client.givenNames}
            />
            <StartVisitButton clientId={dossier.id} />
            <Button
              icon={<PencilIcon size={16} />}
              onClick={() => useDossierStore.getState().openClientForm('edit')}
            >
              Edit client
            </Button>
            <Button
              variant="ghost"
              className="button--danger-ghost"
              icon={<TrashIcon size={16} />}
              onClick={() => setDeleting(true)}
            >
              Delete
            </Button>
          </div>
        </div>
        {identifiers.length > 0 && (
          <p className="dx-dossier-header__identifiers">
            {identifiers.map((part) => (
              <span key={part}>{part}</span>
            ))}
          </p>
        )}
      </header>

      <div className="dx-summary-strip">
        <section className="dx-summary-card" aria-labelledby="summary-deadlines-title">
          <header className="dx-summary-card__header">
            <h2 id="summary-deadlines-title" className="dx-summary-card__title">
              <CalendarClockIcon size={16} />
              Next deadlines
            </h2>
            {overdue > 0 && <span className="dx-badge dx-badge--tone-danger">{overdue} overdue</span>}
          </header>
          {upcoming.length === 0 ? (
            <p className="dx-summary-card__empty">
              No open deadline. Dates recorded on the fronts compute them.
            </p>
          ) : (
            <ol className="dx-next-deadlines">
              {upcoming.map((d) => {
                const urgency = urgencyOf(d.dueDate, today);
                return (
                  <li key={d.key} className={`dx-next-deadline dx-next-deadline--${urgency}`}>
                    <button type="button" onClick={() => setTab('deadlines')}>
                      <span className="dx-next-deadline__date">{formatDate(d.dueDate)}</span>
                      <span className="dx-next-deadline__rel">{relativeDays(d.dueDate, today, true)}</span>
                      <span className="dx-next-deadline__title">{d.title}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
          {openDeadlines.length > upcoming.length && (
            <button
              type="button"
              className="button button--link dx-summary-card__more"
              onClick={() => setTab('deadlines')}
            >
              All {openDeadlines.length} open deadlines
            </button>
          )}
        </section>
        <section
          className="dx-summary-card dx-summary-card--checks"
          aria-labelledby="summary-checks-title"
          data-testid="checks"
        >
          <header className="dx-summary-card__header">
            <h2 id="summary-checks-title" className="dx-summary-card__title">
              Checks
            </h2>
            <span className="dx-summary-card__counts">
              {severities.critical > 0 && (
                <span className="dx-badge dx-badge--tone-danger">{severities.critical} critical</span>
              )}
              {severities.warning > 0 && (
                <span className="dx-badge dx-badge--tone-warning">
                  {severities.warning} warning{severities.warning === 1 ? '' : 's'}
                </span>
              )}
              {severities.info > 0 && (
                <span className="dx-badge dx-badge--tone-accent">
                  {severities.info} note{severities.info === 1 ? '' : 's'}
                </span>
              )}
            </span>
          </header>
          {dossier.checks.length === 0 ? (
            <p className="dx-summary-card__empty">Nothing to flag on the facts recorded so far.</p>
          ) : (
            <ul className="dx-checks-list">
              {dossier.checks.map((check) => (
                <CheckItem key={check.id} check={check} compact />
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="dx-sequencing">
        <SequencingFlags clientId={dossier.id} revision={dossier.revision} />
      </div>

      <Tabs.Root
        className="dx-dossier-tabs"
        orientation="vertical"
        value={tab}
        onValueChange={setTab}
        activationMode="manual"
      >
        <Tabs.List className="dx-dossier-nav" aria-label="Dossier sections">
          <Tabs.Trigger value="overview" className="dx-dossier-nav__item">
            Overview
          </Tabs.Trigger>
          <p className="dx-dossier-nav__heading" aria-hidden="true">
            Fronts
          </p>
          {FRONTS.map((front) => {
            const count = dossier.records.filter((r) => kindsOf(front).includes(r.kind)).length;
            return (
              <Tabs.Trigger key={front} value={`front:${front}`} className="dx-dossier-nav__item">
                <FrontDot front={front} />
                <span className="dx-dossier-nav__label">{FRONT_LABELS[front]}</span>
                {count > 0 && <span className="dx-dossier-nav__count">{count}</span>}
              </Tabs.Trigger>
            );
          })}
          <p className="dx-dossier-nav__heading" aria-hidden="true">
            Case
          </p>
          <Tabs.Trigger value="deadlines" className="dx-dossier-nav__item">
            <CalendarClockIcon size={15} />
            <span className="dx-dossier-nav__label">Deadlines</span>
            {openDeadlines.length > 0 && (
              <span className={`dx-dossier-nav__count${overdue > 0 ? ' dx-dossier-nav__count--danger' : ''}`}>
                {openDeadlines.length}
              </span>
            )}
          </Tabs.Trigger>
          <Tabs.Trigger value="timeline" className="dx-dossier-nav__item">
            <TimelineIcon size={15} />
            <span className="dx-dossier-nav__label">Timeline</span>
          </Tabs.Trigger>
          <Tabs.Trigger value="history" className="dx-dossier-nav__item">
            <HistoryIcon size={15} />
            <span className="dx-dossier-nav__label">History</span>
          </Tabs.Trigger>
        </Tabs.List>
        <div className="dx-dossier-content">
          <Tabs.Content value="overview" className="dx-dossier-panel">
            <OverviewTab dossier={dossier} onOpenFront={(front) => setTab(`front:${front}`)} />
          </Tabs.Content>
          {FRONTS.map((front) => (
            <Tabs.Content key={front} value={`front:${front}`} className="dx-dossier-panel">
              <FrontSection dossier={dossier} front={front} />
            </Tabs.Content>
          ))}
          <Tabs.Content value="deadlines" className="dx-dossier-panel">
            <DeadlinesTab dossier={dossier} />
          </Tabs.Content>
          <Tabs.Content value="timeline" className="dx-dossier-panel">
            <TimelineTab dossier={dossier} />
          </Tabs.Content>
          <Tabs.Content value="history" className="dx-dossier-panel">
            <HistoryTab dossier={dossier} />
          </Tabs.Content>
        </div>
      </Tabs.Root>

      {deleting && <DeleteDossierDialog dossier={dossier} onClose={() => setDeleting(false)} />}
    </div>
  );
}

/** Deleting a whole dossier asks for the family name, typed: a click alone must not be enough. */
function DeleteDossierDialog({ dossier, onClose }: { dossier: Dossier; onClose(): void }) {
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = useClientLabel();
  const matches = typed.trim().toLocaleLowerCase() === dossier.client.familyName.trim().toLocaleLowerCase();

  const remove = async () => {
    if (!matches) return;
    setPending(true);
    try {
      await invoke('dossier.delete', { id: dossier.id });
      useNavigationStore.getState().closeDossier();
      useDossierStore.getState().clear();
      useDossierListStore.getState().reload();
      showToast({ tone: 'success', title: 'Dossier deleted' });
    } catch (err) {
      if (endSessionIfLocked(err)) return;
      setError(err instanceof Error ? err.message : 'The dossier was not deleted.');
      setPending(false);
    }
  };

  return (
    <Modal
      size="sm"
      title="Delete this dossier?"
      onRequestClose={onClose}
      testId="delete-dossier"
      initialFocus="input"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" disabled={!matches} pending={pending} onClick={() => void remove()}>
            Delete dossier
          </Button>
        </>
      }
    >
      <form
        className="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          void remove();
        }}
      >
        <p>
          The dossier of <strong>{label(dossier.client)}</strong> and every record on every front will be
          deleted from the vault. This cannot be undone.
        </p>
        {error && (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        )}
        <label className="field">
          <span className="field__label">Type the client’s family name to confirm</span>
          <span className="input-box">
            <input
              className="input"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </span>
        </label>
      </form>
    </Modal>
  );
}

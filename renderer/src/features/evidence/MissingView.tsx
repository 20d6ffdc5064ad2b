import { dueDate } from '../../../../shared/evidence/checklist';
import { Alert } from '../../ui/Alert';
import { CalendarClockIcon } from '../../ui/icons';
import { HourglassIcon } from './evidence-icons';
import { useEvidenceStore } from './evidence-store';
import { daysUntil, formatDate, localToday, statusLabel } from './format';

const HEARING_KINDS = {
  master: 'Master hearing',
  individual: 'Individual hearing',
  bond: 'Bond hearing',
  other: 'Hearing',
};

/** Items not in hand nor explained, due on or before the client's next hearing. */
export function MissingView() {
  const missing = useEvidenceStore((s) => s.missing);
  const checklists = useEvidenceStore((s) => s.checklists);
  const dossier = useEvidenceStore((s) => s.dossier);
  const setTab = useEvidenceStore((s) => s.setTab);
  if (!missing) return null;
  const categories = new Map(checklists?.flatMap((c) => c.categories.map((k) => [k.key, k.title] as const)));
  const parties = new Map(
    dossier?.records.filter((r) => r.kind === 'party').map((r) => [r.id, (r.data as { name: string }).name]),
  );
  const today = localToday();

  if (!missing.hearing) {
    return (
      <Alert tone="info" title="No upcoming hearing">
        This dossier has no hearing on or after today. Add the next hearing to the dossier to see what is
        missing for it.
      </Alert>
    );
  }
  const hearing = missing.hearing;
  const days = daysUntil(hearing.date, today);
  return (
    <div className="ev-missing" data-testid="missing-view">
      <section className="ev-hearing-card">
        <CalendarClockIcon size={22} />
        <div>
          <p className="ev-hearing-card__title">
            {HEARING_KINDS[hearing.kind]} on {formatDate(hearing.date)}
          </p>
          <p className="ev-muted">
            {days === 0 ? 'Today' : `In ${days} day${days === 1 ? '' : 's'}`}
            {hearing.court ? ` · ${hearing.court}` : ''}
          </p>
        </div>
        <div className="ev-hearing-card__count">
          <strong>{missing.items.length}</strong>
          <span>missing</span>
        </div>
      </section>
      {missing.items.length === 0 ? (
        <Alert tone="success" title="Nothing due before the hearing is missing">
          Every item due by then is received, filed or explained as not obtainable.
        </Alert>
      ) : (
        <table className="ev-table">
          <caption className="visually-hidden">Items missing for the hearing</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Category</th>
              <th scope="col">Status</th>
              <th scope="col">Due</th>
              <th scope="col">Responsible</th>
            </tr>
          </thead>
          <tbody>
            {missing.items.map((item) => {
              const due = dueDate(item.due) as string;
              const late = due < today;
              return (
                <tr key={item.id}>
                  <th scope="row">{item.title}</th>
                  <td>{categories.get(item.category) ?? item.category}</td>
                  <td>
                    <span className={`ev-badge ev-badge--${item.status}`}>{statusLabel(item.status)}</span>
                  </td>
                  <td className={late ? 'ev-late' : undefined}>
                    {formatDate(due)}
                    {item.due.mode === 'deadline' && <span className="ev-muted"> · follows a deadline</span>}
                  </td>
                  <td>
                    {item.responsiblePartyId ? (
                      (parties.get(item.responsiblePartyId) ?? '—')
                    ) : (
                      <span className="ev-muted">Unassigned</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {missing.undatedOpen > 0 && (
        <p className="ev-note">
          <HourglassIcon size={15} /> {missing.undatedOpen} open item
          {missing.undatedOpen === 1 ? ' has' : 's have'} no due date and cannot be placed before the hearing.{' '}
          <button type="button" className="button button--link" onClick={() => setTab('checklist')}>
            Set due dates in the checklist
          </button>
        </p>
      )}
    </div>
  );
}

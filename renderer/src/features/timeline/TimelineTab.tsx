import { Fragment, useMemo, useState } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier';
import { FRONTS, type Front } from '../../../../shared/dossier/records';
import { type TimelineEvent, buildTimeline, groupByYear } from '../../../../shared/dossier/timeline';
import { formatMonthDay, relativeDays, todayIso } from '../dossiers/format';
import { FRONT_LABELS, FRONT_SHORT_LABELS } from '../dossiers/fronts';
import { FrontDot } from '../dossiers/ui/badges';
import { TimelineIcon } from '../dossiers/ui/feature-icons';
import './timeline.css';

/**
 * Every dated fact of the dossier on one vertical axis, grouped by year, coloured by front, with the open deadlines
 * ahead and a marker for today. The events come from the pure `buildTimeline`.
 */
export function TimelineTab({ dossier }: { dossier: Dossier }) {
  const events = useMemo(() => buildTimeline(dossier), [dossier]);
  const [hidden, setHidden] = useState<readonly Front[]>([]);
  const today = todayIso();
  const present = FRONTS.filter((front) => events.some((e) => e.front === front));
  const shown = events.filter((e) => !hidden.includes(e.front));
  const groups = groupByYear(shown);
  const todayYear = today.slice(0, 4);
  // The today marker goes before the first event after today (or at the end of its year's group).
  const firstFuture = shown.find((e) => e.date > today)?.id;
  const hasTodayGroup = groups.some((g) => g.year === todayYear);

  const toggle = (front: Front) =>
    setHidden((current) =>
      current.includes(front) ? current.filter((f) => f !== front) : [...current, front],
    );

  return (
    <section aria-labelledby="timeline-title" data-testid="timeline-tab">
      <header className="dx-timeline-header">
        <div>
          <h2 id="timeline-title" className="dx-tab-title">
            Timeline
          </h2>
          <p className="dx-tab-description">
            Persecution, the foreign prosecution, INTERPOL and the CCF, U.S. proceedings, custody and
            extradition on one axis — with the open deadlines ahead.
          </p>
        </div>
      </header>

      {events.length === 0 ? (
        <div className="dx-tab-empty">
          <TimelineIcon size={22} />
          <p>
            <strong>Nothing dated yet.</strong> Dates recorded on the fronts (incidents, the case at home, the
            notice, entry and NTA, hearings, custody) appear here in order.
          </p>
        </div>
      ) : (
        <>
          <div className="dx-timeline-filters" role="group" aria-label="Show fronts">
            {present.map((front) => {
              const on = !hidden.includes(front);
              const count = events.filter((e) => e.front === front).length;
              return (
                <button
                  key={front}
                  type="button"
                  className={`dx-timeline-filter dx-front--${front}${on ? ' dx-timeline-filter--on' : ''}`}
                  aria-pressed={on}
                  onClick={() => toggle(front)}
                  title={FRONT_LABELS[front]}
                >
                  <FrontDot front={front} />
                  {FRONT_SHORT_LABELS[front]}
                  <span className="dx-timeline-filter__count">{count}</span>
                </button>
              );
            })}
            {hidden.length > 0 && (
              <button
                type="button"
                className="button button--link dx-timeline-filters__all"
                onClick={() => setHidden([])}
              >
                Show all
              </button>
            )}
          </div>

          <ol className="dx-timeline" aria-label="Events, oldest first">
            {groups.map((group) => (
              <li key={group.year} className="dx-timeline-year">
                <h3 className="dx-timeline-year__label">{group.year}</h3>
                <ol className="dx-timeline-year__events">
                  {group.events.map((event) => (
                    <Fragment key={event.id}>
                      {event.id === firstFuture && <TodayMarker today={today} />}
                      <TimelineItem event={event} today={today} />
                    </Fragment>
                  ))}
                  {!firstFuture && group.year === groups.at(-1)?.year && group.year === todayYear && (
                    <TodayMarker today={today} />
                  )}
                </ol>
              </li>
            ))}
            {!firstFuture && !hasTodayGroup && (
              <li className="dx-timeline-year">
                <h3 className="dx-timeline-year__label">{todayYear}</h3>
                <ol className="dx-timeline-year__events">
                  <TodayMarker today={today} />
                </ol>
              </li>
            )}
          </ol>
        </>
      )}
    </section>
  );
}

function TodayMarker({ today }: { today: string }) {
  return (
    <li className="dx-timeline-today" data-testid="timeline-today">
      <span className="dx-timeline-today__date">{formatMonthDay(today)}</span>
      <span className="dx-timeline-today__line" aria-hidden="true" />
      <span className="dx-timeline-today__label">Today</span>
    </li>
  );
}

function TimelineItem({ event, today }: { event: TimelineEvent; today: string }) {
  const future = event.date > today;
  const isDeadline = event.kind === 'deadline';
  const overdue = isDeadline && event.date < today;
  const classes = [
    'dx-timeline-event',
    `dx-front--${event.front}`,
    future && 'dx-timeline-event--future',
    isDeadline && 'dx-timeline-event--deadline',
    overdue && 'dx-timeline-event--overdue',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} data-testid="timeline-event" data-kind={event.kind}>
      <time className="dx-timeline-event__date" dateTime={event.date}>
        {formatMonthDay(event.date)}
      </time>
      <span className="dx-timeline-event__node" aria-hidden="true" />
      <div className="dx-timeline-event__card">
        <p className="dx-timeline-event__title">
          {isDeadline && <span className="dx-timeline-event__due">{overdue ? 'Overdue' : 'Due'}</span>}
          {event.title}
        </p>
        <p className="dx-timeline-event__meta">
          <span className="dx-timeline-event__front">{FRONT_SHORT_LABELS[event.front]}</span>
          {event.detail && <span>{event.detail}</span>}
          {isDeadline && <span>{relativeDays(event.date, today, true)}</span>}
          {event.deadline?.overridden && <span>Date overridden</span>}
        </p>
      </div>
    </li>
  );
}

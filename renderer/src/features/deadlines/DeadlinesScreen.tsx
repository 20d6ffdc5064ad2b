import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { BUCKETS } from '../../../../shared/deadlines/engine';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { InfoIcon } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { requestSettingsPanel } from '../settings/settings-panel-request';
import { DeadlineList } from './DeadlineList';
import { DeadlinesEmpty } from './DeadlinesEmpty';
import { DeadlineSummary } from './DeadlineSummary';
import { DeadlineToolbar } from './DeadlineToolbar';
import {
  FETCH_LIMIT,
  bucketsFor,
  countByBucket,
  countByFront,
  filterItems,
  formatCount,
} from './deadline-view';
import { useDeadlinesStore } from './deadlines-store';
import './deadlines.css';

/** The "Upcoming deadlines" dashboard: every client's open deadlines, by when they are due. */
export function DeadlinesScreen() {
  const state = useDeadlinesStore();
  const { items, today, withinDays, front, text, bucket, loadState } = state;
  // Filtering thousands of rows follows the typing rather than holding it up.
  const deferredText = useDeferredValue(text);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void useDeadlinesStore.getState().load();
  }, []);

  // "/" jumps to the filter, as in most list screens, unless the attorney is typing somewhere already.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const textMatches = useMemo(
    () => filterItems(items, { front: 'all', text: deferredText }),
    [items, deferredText],
  );
  const frontCounts = useMemo(() => countByFront(textMatches), [textMatches]);
  const matches = useMemo(
    () => (front === 'all' ? textMatches : textMatches.filter((item) => item.row.front === front)),
    [textMatches, front],
  );
  const counts = useMemo(() => countByBucket(matches), [matches]);
  const buckets = useMemo(() => bucketsFor(withinDays), [withinDays]);
  const groups = useMemo(
    () =>
      BUCKETS.filter((b) => buckets.includes(b) && (bucket === null || b === bucket)).map((b) => ({
        bucket: b,
        items: matches.filter((item) => item.bucket === b),
      })),
    [buckets, bucket, matches],
  );
  const filtering = front !== 'all' || deferredText.trim() !== '' || bucket !== null;
  const shownCount = groups.reduce((sum, group) => sum + group.items.length, 0);

  const firstLoad = today === null;
  return (
    <Page
      title="Upcoming deadlines"
      description="Every client’s open deadlines, computed from the dates recorded in each dossier."
      testId="section-deadlines"
    >
      {state.error && (
        <Alert
          tone="danger"
          role="alert"
          title="The deadlines could not be loaded"
          actions={
            <Button size="sm" onClick={() => void state.load()}>
              Try again
            </Button>
          }
        >
          {state.error}
        </Alert>
      )}
      {firstLoad && loadState === 'loading' && (
        <p className="deadlines-loading" aria-busy="true">
          <span className="deadlines-loading__spinner" aria-hidden="true" />
          Loading deadlines…
        </p>
      )}
      {!firstLoad && items.length === 0 && (
        <DeadlinesEmpty withinDays={withinDays} onShowAll={() => state.setWithinDays(null)} />
      )}
      {!firstLoad && items.length > 0 && (
        <>
          <DeadlineSummary
            buckets={buckets}
            counts={counts}
            today={today}
            selected={bucket}
            onToggle={state.toggleBucket}
          />
          <div className="deadlines-footnote" data-testid="deadlines-footnote">
            <InfoIcon size={15} />
            <p>
              Computed deadlines are an aid: check each one against its rule and the court’s orders. A date
              can be overridden, with a reason, in the dossier.
            </p>
            <Button variant="link" onClick={() => requestSettingsPanel('deadline-rules')}>
              Review the deadline rules
            </Button>
          </div>
          <DeadlineToolbar
            text={text}
            front={front}
            withinDays={withinDays}
            frontCounts={frontCounts}
            totalCount={textMatches.length}
            searchRef={searchRef}
            onText={state.setText}
            onFront={state.setFront}
            onWithinDays={state.setWithinDays}
          />
          {state.truncated && (
            <Alert tone="info" title={`Only the first ${formatCount(FETCH_LIMIT)} deadlines were loaded`}>
              They are the earliest by due date. Narrow the period to see every deadline in it.
            </Alert>
          )}
          <div className="deadlines-status" aria-live="polite" aria-busy={loadState === 'loading'}>
            {filtering && shownCount > 0 && (
              <span>
                {formatCount(shownCount)} of {formatCount(items.length)} deadlines shown
                <Button variant="link" onClick={state.clearFilters}>
                  Clear filters
                </Button>
              </span>
            )}
          </div>
          {shownCount === 0 && filtering ? (
            <div className="deadlines-no-match" data-testid="deadlines-no-match">
              <p className="deadlines-no-match__title">No deadline matches these filters</p>
              <Button onClick={state.clearFilters}>Clear filters</Button>
            </div>
          ) : (
            <DeadlineList
              key={`${withinDays}|${front}|${deferredText}|${bucket}`}
              groups={groups}
              today={today}
            />
          )}
        </>
      )}
    </Page>
  );
}

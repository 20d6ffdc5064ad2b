import { RadioGroup } from 'radix-ui';
import { type Ref, useId } from 'react';
import { FRONTS, type Front } from '../../../../shared/deadlines/rules';
import { ChevronDownIcon, SearchIcon, XIcon } from '../../ui/icons';
import { FRONT_LABELS, WINDOW_CHOICES, type WindowDays, formatCount } from './deadline-view';

interface DeadlineToolbarProps {
  text: string;
  front: Front | 'all';
  withinDays: WindowDays;
  frontCounts: Record<Front, number>;
  totalCount: number;
  searchRef: Ref<HTMLInputElement>;
  onText(text: string): void;
  onFront(front: Front | 'all'): void;
  onWithinDays(withinDays: WindowDays): void;
}

const windowKey = (value: WindowDays) => (value === null ? 'all' : String(value));

/** Filter by client or rule, by front, and how far ahead to look. Each control has a visible label. */
export function DeadlineToolbar({
  text,
  front,
  withinDays,
  frontCounts,
  totalCount,
  searchRef,
  onText,
  onFront,
  onWithinDays,
}: DeadlineToolbarProps) {
  const id = useId();
  return (
    <div className="deadline-toolbar">
      <div className="deadline-toolbar__field deadline-toolbar__field--grow">
        <label className="deadline-toolbar__label" htmlFor={`${id}-text`}>
          Client or rule
        </label>
        <div className="input-box deadline-search">
          <SearchIcon size={16} className="deadline-search__icon" />
          <input
            ref={searchRef}
            id={`${id}-text`}
            className="input"
            type="search"
            value={text}
            placeholder="Filter by name or rule"
            autoComplete="off"
            spellCheck={false}
            aria-keyshortcuts="/"
            onChange={(event) => onText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && text) {
                event.preventDefault();
                onText('');
              }
            }}
          />
          {text ? (
            <button
              type="button"
              className="icon-button"
              aria-label="Clear the filter"
              onClick={() => onText('')}
            >
              <XIcon size={15} />
            </button>
          ) : (
            <kbd className="deadline-search__hint" aria-hidden="true">
              /
            </kbd>
          )}
        </div>
      </div>
      <div className="deadline-toolbar__field">
        <label className="deadline-toolbar__label" htmlFor={`${id}-front`}>
          Front
        </label>
        <div className="select-box">
          <select
            id={`${id}-front`}
            className="select"
            value={front}
            onChange={(event) => onFront(event.target.value as Front | 'all')}
          >
            <option value="all">All fronts ({formatCount(totalCount)})</option>
            {FRONTS.map((value) => (
              <option key={value} value={value}>
                {FRONT_LABELS[value]} ({formatCount(frontCounts[value])})
              </option>
            ))}
          </select>
          <ChevronDownIcon size={16} className="select-box__icon" />
        </div>
      </div>
      <div className="deadline-toolbar__field">
        <span className="deadline-toolbar__label" id={`${id}-window`}>
          Due within
        </span>
        <RadioGroup.Root
          className="segmented"
          value={windowKey(withinDays)}
          onValueChange={(value) =>
            onWithinDays(WINDOW_CHOICES.find((choice) => windowKey(choice.value) === value)?.value ?? null)
          }
          aria-labelledby={`${id}-window`}
          orientation="horizontal"
        >
          {WINDOW_CHOICES.map((choice) => (
            <RadioGroup.Item key={choice.label} value={windowKey(choice.value)} className="segmented__item">
              {choice.label}
            </RadioGroup.Item>
          ))}
        </RadioGroup.Root>
      </div>
    </div>
  );
}

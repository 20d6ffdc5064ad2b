import type { SequencingFlag } from '../../../../shared/board/board';
import { AlertOctagonIcon, AlertTriangleIcon, InfoIcon } from '../../ui/icons';

const SEVERITY_LABELS = { critical: 'Critical', warning: 'Warning', info: 'Note' } as const;
const ICONS = { critical: AlertOctagonIcon, warning: AlertTriangleIcon, info: InfoIcon } as const;

interface FlagListProps {
  flags: readonly SequencingFlag[];
  /** Called with a flag's card, when it has one: shows that card. */
  onShowCard?: (cardId: string) => void;
  compact?: boolean;
}

/** Sequencing flags, most serious first: what, why (with its source), and the card it concerns. */
export function FlagList({ flags, onShowCard, compact = false }: FlagListProps) {
  return (
    <ul className={`flag-list${compact ? ' flag-list--compact' : ''}`} data-testid="flag-list">
      {flags.map((flag) => {
        const Icon = ICONS[flag.severity];
        return (
          <li
            key={flag.id}
            className={`flag flag--${flag.severity}`}
            data-rule={flag.ruleId}
            data-testid="sequencing-flag"
          >
            <Icon className="flag__icon" size={18} aria-hidden="true" />
            <div className="flag__body">
              <p className="flag__title">
                <span className="visually-hidden">{SEVERITY_LABELS[flag.severity]}: </span>
                {flag.title}
              </p>
              <div className="flag__actions">
                <details className="flag__details">
                  <summary>Why, and the source</summary>
                  <p className="flag__explanation">{flag.explanation}</p>
                  <p className="flag__source">
                    <span className="flag__source-label">Source</span> {flag.source}
                    <span className="flag__url">{flag.sourceUrl}</span>
                  </p>
                </details>
                {flag.relatedCardId && onShowCard && (
                  <button
                    type="button"
                    className="button button--link flag__card-link"
                    onClick={() => onShowCard(flag.relatedCardId as string)}
                  >
                    Show the card
                  </button>
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

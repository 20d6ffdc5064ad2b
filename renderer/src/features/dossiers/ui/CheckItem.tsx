import type { Check } from '../../../../../shared/deadlines/checks';
import { AlertOctagonIcon, AlertTriangleIcon, InfoIcon } from '../../../ui/icons';
import { SourceLine } from './SourceLine';

const ICONS = { critical: AlertOctagonIcon, warning: AlertTriangleIcon, info: InfoIcon } as const;
export const SEVERITY_LABELS = { critical: 'Critical', warning: 'Warning', info: 'Note' } as const;

/** One check beside the dates: what it found, why it matters, and the rule it rests on. */
export function CheckItem({ check, compact = false }: { check: Check; compact?: boolean }) {
  const Icon = ICONS[check.severity];
  return (
    <li
      className={`dx-check dx-check--${check.severity}${compact ? ' dx-check--compact' : ''}`}
      data-testid="check-item"
    >
      <Icon size={17} className="dx-check__icon" />
      <div className="dx-check__body">
        <p className="dx-check__title">
          <span className="visually-hidden">{SEVERITY_LABELS[check.severity]}: </span>
          {check.title}
        </p>
        {compact ? (
          <details className="dx-check__details">
            <summary>Why, and the source</summary>
            <p className="dx-check__explanation">{check.explanation}</p>
            <SourceLine source={check.source} url={check.sourceUrl} />
          </details>
        ) : (
          <>
            <p className="dx-check__explanation">{check.explanation}</p>
            <SourceLine source={check.source} url={check.sourceUrl} />
          </>
        )}
      </div>
    </li>
  );
}

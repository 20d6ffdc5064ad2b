import type { Front } from '../../../../shared/deadlines/rules';
import { AlertTriangleIcon, RotateCcwIcon } from '../../ui/icons';
import { Tooltip } from '../../ui/Tooltip';
import { FRONT_LABELS } from './deadline-view';
import './badges.css';

export const VERIFY_EXPLANATION = 'This rule’s number was not confirmed from a primary source; check it.';

export const OVERRIDDEN_EXPLANATION =
  'The computed date was replaced in the dossier, with a reason; open the dossier to see both.';

interface BadgeProps {
  /**
   * Whether Tab reaches the badge (its explanation shows on focus). In a list with one active row, only that row's
   * badges are in the Tab order.
   */
  focusable?: boolean;
}

/**
 * "Verify": the rule rests on a number the domain research could not confirm. The explanation shows on hover and
 * on keyboard focus (Radix makes it the badge's accessible description while shown).
 */
export function VerifyBadge({ focusable = true }: BadgeProps) {
  return (
    <Tooltip content={VERIFY_EXPLANATION}>
      <span className="badge badge--verify" tabIndex={focusable ? 0 : -1} data-testid="verify-badge">
        <AlertTriangleIcon size={12} />
        Verify
      </span>
    </Tooltip>
  );
}

/** "Overridden": the attorney's date replaced the computed one. */
export function OverriddenBadge({ focusable = true }: BadgeProps) {
  return (
    <Tooltip content={OVERRIDDEN_EXPLANATION}>
      <span className="badge badge--overridden" tabIndex={focusable ? 0 : -1} data-testid="overridden-badge">
        <RotateCcwIcon size={12} />
        Overridden
      </span>
    </Tooltip>
  );
}

/** The front a deadline belongs to, as a small tinted chip. */
export function FrontChip({ front }: { front: Front }) {
  return (
    <span className={`front-chip front-chip--${front}`} data-testid="front-chip">
      {FRONT_LABELS[front]}
    </span>
  );
}

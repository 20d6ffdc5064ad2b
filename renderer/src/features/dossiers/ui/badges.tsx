import type { ClientStatus } from '../../../../../shared/dossier/client';
import { SHARING_SCOPE_LABELS, type SharingScope } from '../../../../../shared/dossier/common';
import type { Front } from '../../../../../shared/dossier/records';
import { LockIcon } from '../../../ui/icons';

const STATUS_LABELS: Record<ClientStatus, string> = { intake: 'Intake', active: 'Active', closed: 'Closed' };

export function StatusBadge({ status }: { status: ClientStatus }) {
  return <span className={`dx-badge dx-badge--status-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function DetainedBadge() {
  return (
    <span className="dx-badge dx-badge--detained" data-testid="detained-badge">
      <LockIcon size={12} strokeWidth={2.2} />
      Detained
    </span>
  );
}

export function FrontDot({ front }: { front: Front }) {
  return <span className={`dx-front-dot dx-front--${front}`} aria-hidden="true" />;
}

export function FrontChip({ front, label }: { front: Front; label: string }) {
  return (
    <span className={`dx-front-chip dx-front--${front}`}>
      <span className="dx-front-dot" aria-hidden="true" />
      {label}
    </span>
  );
}

/** Who may see a record when it leaves the vault. */
export function ScopeBadge({ scope }: { scope: SharingScope }) {
  return (
    <span className={`dx-badge dx-badge--scope dx-badge--scope-${scope}`} title="Sharing scope">
      {SHARING_SCOPE_LABELS[scope]}
    </span>
  );
}

export function VerifyBadge() {
  return (
    <span
      className="dx-badge dx-badge--verify"
      title="This rule was not confirmed from a primary source: check it before relying on the date."
    >
      Verify
    </span>
  );
}

import { useEffect, useRef } from 'react';
import { Button } from '../../ui/Button';
import { AlertOctagonIcon } from '../../ui/icons';
import type { VaultProblem } from './vault-store';
import './vault-problem.css';

const TITLES: Partial<Record<VaultProblem['code'], string>> = {
  NOT_ENCRYPTED: 'This database is not encrypted',
  VAULT_MISSING: 'The vault was not found',
  VAULT_DAMAGED: 'This vault cannot be opened safely',
};

interface VaultProblemPanelProps {
  problem: VaultProblem;
  location: string | null;
  onRetry(): void;
  retrying?: boolean;
}

/**
 * A serious error about the vault's files (damaged, altered, not encrypted, missing). A passphrase cannot fix it,
 * so the panel says what happened, that nothing was changed, and what to do.
 */
export function VaultProblemPanel({ problem, location, onRetry, retrying = false }: VaultProblemPanelProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <section
      className="vault-problem"
      role="alert"
      aria-labelledby="vault-problem-title"
      data-testid="vault-problem"
    >
      <div className="vault-problem__icon">
        <AlertOctagonIcon size={24} />
      </div>
      <h2 id="vault-problem-title" ref={titleRef} tabIndex={-1} className="vault-problem__title">
        {TITLES[problem.code] ?? 'The vault could not be opened'}
      </h2>
      <p className="vault-problem__message">{problem.message}</p>
      <ul className="vault-problem__steps">
        <li>Safe Harbor has not changed any file in the vault folder.</li>
        <li>Restore the vault folder from your most recent backup, then try again.</li>
        <li>Keep the current files: they may be needed to find out what happened.</li>
      </ul>
      {location && (
        <p className="vault-problem__location">
          Vault folder: <code>{location}</code>
        </p>
      )}
      <div>
        <Button onClick={onRetry} pending={retrying}>
          Try again
        </Button>
      </div>
    </section>
  );
}

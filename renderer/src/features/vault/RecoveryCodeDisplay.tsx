import { Fragment } from 'react';

/**
 * The code in large monospace groups of four. Hyphens sit between groups as hidden text, so selecting and copying
 * the code by hand yields the same "XXXX-XXXX-…" form the Copy button gives.
 */
export function RecoveryCodeDisplay({ code }: { code: string }) {
  const groups = code.split('-');
  return (
    <p className="recovery-code" data-testid="recovery-code">
      {groups.map((group, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="visually-hidden">-</span>}
          <span className="recovery-code__group">{group}</span>
        </Fragment>
      ))}
    </p>
  );
}

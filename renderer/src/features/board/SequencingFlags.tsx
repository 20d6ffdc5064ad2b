import { useEffect, useState } from 'react';
import type { SequencingFlag } from '../../../../shared/board/board';
import { HarborError, invoke } from '../../api';
import { useNavigationStore } from '../../app/navigation-store';
import { endSessionIfLocked } from '../../app/session';
import { Button } from '../../ui/Button';
import { CheckCircleIcon, ColumnsIcon } from '../../ui/icons';
import { useBoardStore } from './board-store';
import { FlagList } from './FlagList';
import './board.css';

interface SequencingFlagsProps {
  clientId: string;
  /** Changes whenever the dossier changes (its revision), so the flags are read again. */
  revision?: number;
}

/**
 * The sequencing flags of one dossier, for the dossier screen: the same checks the board shows (a final order while the
 * CCF request is pending, an NTA filed while an affirmative filing is planned…), with a way to open the client's board.
 */
export function SequencingFlags({ clientId, revision }: SequencingFlagsProps) {
  const [flags, setFlags] = useState<SequencingFlag[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    invoke('board.flags', { clientId })
      .then((groups) => {
        if (!alive) return;
        setFlags(groups[0]?.flags ?? []);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!alive || endSessionIfLocked(e)) return;
        setError(e instanceof HarborError ? e.message : 'The sequencing checks could not be read.');
      });
    return () => {
      alive = false;
    };
  }, [clientId, revision]);

  const openBoard = () => {
    void useBoardStore.getState().open(clientId);
    useNavigationStore.getState().go('board');
  };

  return (
    <section
      className="sequencing-flags"
      aria-labelledby="sequencing-flags-title"
      data-testid="sequencing-flags"
    >
      <header className="sequencing-flags__header">
        <h2 id="sequencing-flags-title" className="sequencing-flags__title">
          Sequencing
        </h2>
        <Button size="sm" variant="ghost" icon={<ColumnsIcon size={16} />} onClick={openBoard}>
          Open the board
        </Button>
      </header>
      {error && <p className="sequencing-flags__empty">{error}</p>}
      {flags !== null && flags.length === 0 && (
        <p className="sequencing-flags__empty">
          <CheckCircleIcon size={16} aria-hidden="true" /> No sequencing problem found across the fronts.
        </p>
      )}
      {flags !== null && flags.length > 0 && <FlagList flags={flags} onShowCard={openBoard} compact />}
    </section>
  );
}

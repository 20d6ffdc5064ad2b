import { endSessionIfLocked } from '../../app/session';
import { Button } from '../../ui/Button';
import { showToast } from '../../ui/toast-store';
import { errorMessage } from '../safety/BackupPanel';
import { TimerIcon } from '../safety/icons';
import { useVisitStore } from './visit-store';

/**
 * "Start a visit" for one client: the entry point the dossier screen mounts in its header. It resumes the visit in
 * progress for that client, if there is one.
 */
export function StartVisitButton({ clientId, size = 'md' }: { clientId: string; size?: 'sm' | 'md' }) {
  const starting = useVisitStore((state) => state.starting);
  return (
    <Button
      size={size}
      icon={<TimerIcon size={16} />}
      pending={starting}
      onClick={() =>
        useVisitStore
          .getState()
          .start(clientId)
          .catch((error: unknown) => {
            if (!endSessionIfLocked(error)) showToast({ tone: 'danger', title: errorMessage(error) });
          })
      }
    >
      Start a visit
    </Button>
  );
}

import { useState } from 'react';
import { Button } from '../../ui/Button';
import { UsersIcon } from '../safety/icons';
import { ExportBundleDialog } from './ExportBundleDialog';

interface ExportBundleButtonProps {
  clientId: string;
  familyName: string;
  givenNames: string;
  size?: 'sm' | 'md';
}

/** "Share with co-counsel…": for the dossier screen's header (mount it beside the dossier's other actions). */
export function ExportBundleButton({
  clientId,
  familyName,
  givenNames,
  size = 'md',
}: ExportBundleButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} icon={<UsersIcon size={16} />} onClick={() => setOpen(true)}>
        Share with co-counsel…
      </Button>
      {open && (
        <ExportBundleDialog
          clientId={clientId}
          familyName={familyName}
          givenNames={givenNames}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

import { useState } from 'react';
import { Button, type ButtonProps } from '../../ui/Button';
import { PdfExportDialog } from './PdfExportDialog';

interface PdfExportButtonProps extends Omit<ButtonProps, 'onClick'> {
  clientId: string;
  familyName: string;
  givenNames: string;
}

/** "Export PDF…" for a dossier's header: opens the export dialog for that client. */
export function PdfExportButton({ clientId, familyName, givenNames, ...buttonProps }: PdfExportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button data-testid="export-pdf-button" {...buttonProps} onClick={() => setOpen(true)}>
        Export PDF…
      </Button>
      {open && (
        <PdfExportDialog
          clientId={clientId}
          familyName={familyName}
          givenNames={givenNames}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

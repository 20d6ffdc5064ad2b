import { useState } from 'react';
import type { DossierListItem } from '../../../../shared/dossier/dossier';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { errorMessage } from '../safety/BackupPanel';
import { UploadIcon, UsersIcon } from '../safety/icons';
import { ClientPicker } from '../safety/ui/ClientPicker';
import { ExportBundleDialog } from './ExportBundleDialog';
import { type ChosenBundle, ImportBundleDialog } from './ImportBundleDialog';
import './bundles.css';

/** Settings → Co-counsel case bundles: export one client's bundle, or import one with its change preview. */
export function BundlesPanel() {
  const [exporting, setExporting] = useState<DossierListItem | null>(null);
  const [importing, setImporting] = useState<ChosenBundle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);

  const chooseBundle = async () => {
    setError(null);
    setChoosing(true);
    try {
      const chosen = await invoke('bundle.chooseFile', {});
      if (!chosen.cancelled) setImporting(chosen);
    } catch (e) {
      if (!endSessionIfLocked(e)) setError(errorMessage(e));
    } finally {
      setChoosing(false);
    }
  };

  return (
    <Panel
      id="settings-bundles"
      icon={<UsersIcon size={18} />}
      title="Co-counsel case bundles"
      description="One client’s dossier in an encrypted file for co-counsel, filtered by each record’s sharing scope. Client-only records never leave this vault."
    >
      <div className="bundles-layout">
        <div className="bundles-layout__column">
          <h3 className="bundles-layout__title">Export a bundle</h3>
          <ClientPicker label="Client" onPick={setExporting} />
        </div>
        <div className="bundles-layout__column bundles-layout__column--import">
          <h3 className="bundles-layout__title">Import a bundle</h3>
          <p className="bundles-layout__text">
            A bundle from co-counsel becomes a new client here, or updates the client it came from. You see
            every change before anything is written; a bundle that was altered on the way is refused.
          </p>
          <Button icon={<UploadIcon size={17} />} onClick={() => void chooseBundle()} pending={choosing}>
            Choose a bundle file…
          </Button>
          {error && (
            <Alert tone="danger" role="alert">
              {error}
            </Alert>
          )}
        </div>
      </div>
      {exporting && (
        <ExportBundleDialog
          clientId={exporting.id}
          familyName={exporting.familyName}
          givenNames={exporting.givenNames}
          onClose={() => setExporting(null)}
        />
      )}
      {importing && <ImportBundleDialog file={importing} onClose={() => setImporting(null)} />}
    </Panel>
  );
}

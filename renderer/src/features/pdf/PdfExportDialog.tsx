import { useEffect, useId, useState } from 'react';
import type { PdfDocument, PdfExportResult, PdfProgress } from '../../../../shared/pdf/model';
import {
  PDF_FIELDS,
  PDF_FIELD_LABELS,
  PDF_PROFILES,
  PDF_PROFILE_INFO,
  PDF_SECTION_LABELS,
  type PdfHideable,
  type PdfProfile,
  normalizeHidden,
} from '../../../../shared/pdf/profiles';
import { HarborError, invoke, subscribe } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ClientName } from '../privacy/ClientName';
import { Modal } from '../safety/ui/Modal';
import { PdfPreview } from './PdfPreview';
import './pdf.css';

interface PdfExportDialogProps {
  clientId: string;
  familyName: string;
  givenNames: string;
  onClose(): void;
}

function message(error: unknown): string {
  return error instanceof HarborError ? error.message : 'Something went wrong. Nothing was saved; try again.';
}

/** What the dialog tells about what stays out of the file, beside the preview (never printed). */
function omissions(doc: PdfDocument): string[] {
  const o = doc.omitted;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    o.recordsOutOfScope > 0 && `${plural(o.recordsOutOfScope, 'record', 'records')} of the dossier`,
    o.evidenceOutOfScope > 0 && plural(o.evidenceOutOfScope, 'evidence item', 'evidence items'),
    o.cardsOutOfScope > 0 && plural(o.cardsOutOfScope, 'board card', 'board cards'),
    o.deadlinesOutOfScope > 0 && plural(o.deadlinesOutOfScope, 'deadline', 'deadlines'),
    o.clientDetailsOutOfScope && 'the client’s personal details',
  ].filter((x): x is string => typeof x === 'string');
}

/**
 * "Export PDF…": choose the profile (who the document is for), leave out sections and sensitive fields, check the
 * preview — the very document model the PDF is typeset from — then save where the operating system's dialog says.
 * The PDF is written in a worker thread; its progress shows here.
 */
export function PdfExportDialog({ clientId, familyName, givenNames, onClose }: PdfExportDialogProps) {
  const [profile, setProfile] = useState<PdfProfile>('internal');
  const [hidden, setHidden] = useState<PdfHideable[]>([...PDF_PROFILE_INFO.internal.defaultHidden]);
  const [preview, setPreview] = useState<PdfDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<PdfProgress | null>(null);
  const [exporting, setExporting] = useState(false);
  const [saved, setSaved] = useState<Extract<PdfExportResult, { status: 'saved' }> | null>(null);
  const groupId = useId();

  useEffect(() => {
    let cancelled = false;
    invoke('pdf.preview', { clientId, profile, hide: hidden })
      .then((doc) => {
        if (!cancelled) {
          setPreview(doc);
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (!endSessionIfLocked(e) && !cancelled) setError(message(e));
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, profile, hidden]);

  const chooseProfile = (next: PdfProfile) => {
    setProfile(next);
    setHidden([...PDF_PROFILE_INFO[next].defaultHidden]);
    setSaved(null);
  };

  const toggle = (name: PdfHideable, hide: boolean) => {
    setHidden((current) => normalizeHidden(hide ? [...current, name] : current.filter((n) => n !== name)));
    setSaved(null);
  };

  const exportPdf = async () => {
    const jobId = crypto.randomUUID();
    setExporting(true);
    setError(null);
    setSaved(null);
    setProgress(null);
    const stop = subscribe('pdf.progress', (event) => {
      if (event.jobId === jobId) setProgress(event);
    });
    try {
      const result = await invoke('pdf.export', { clientId, profile, hide: hidden, jobId });
      if (result.status === 'saved') setSaved(result);
    } catch (e) {
      if (!endSessionIfLocked(e)) setError(message(e));
    } finally {
      stop();
      setExporting(false);
      setProgress(null);
    }
  };

  const info = PDF_PROFILE_INFO[profile];
  const left = preview ? omissions(preview) : [];
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;

  return (
    <Modal
      title="Export PDF"
      description={
        <>
          A case summary for <ClientName familyName={familyName} givenNames={givenNames} />, filtered by each
          record’s sharing scope. Nothing is saved until you choose where.
        </>
      }
      size="lg"
      testId="pdf-export-dialog"
      initialFocus="input[type=radio]:checked"
      onRequestClose={() => {
        if (!exporting) onClose();
      }}
      footer={
        <>
          {exporting && (
            <div className="pdf-export__progress" data-testid="pdf-progress">
              <div
                className="pdf-export__track"
                role="progressbar"
                aria-label="Writing the PDF"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent ?? undefined}
              >
                <span className="pdf-export__bar" style={{ width: `${percent ?? 10}%` }} />
              </div>
              <span>{percent === null ? 'Preparing…' : `Typesetting… ${percent}%`}</span>
            </div>
          )}
          <Button onClick={onClose} disabled={exporting}>
            {saved ? 'Done' : 'Cancel'}
          </Button>
          <Button variant="primary" pending={exporting} disabled={!preview} onClick={() => void exportPdf()}>
            Export PDF…
          </Button>
        </>
      }
    >
      <div className="pdf-export">
        <div className="pdf-export__options">
          <fieldset className="pdf-export__group">
            <legend>Who it is for</legend>
            {PDF_PROFILES.map((p) => (
              <label key={p} className={`pdf-export__profile${p === profile ? ' is-selected' : ''}`}>
                <input
                  type="radio"
                  name={`${groupId}-profile`}
                  value={p}
                  checked={p === profile}
                  onChange={() => chooseProfile(p)}
                  disabled={exporting}
                />
                <span>
                  <strong>{PDF_PROFILE_INFO[p].label}</strong>
                  <small>{PDF_PROFILE_INFO[p].description}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="pdf-export__group">
            <legend>Leave out sections</legend>
            {info.sections.map((section) => (
              <label key={section} className="pdf-export__check">
                <input
                  type="checkbox"
                  checked={hidden.includes(section)}
                  onChange={(e) => toggle(section, e.target.checked)}
                  disabled={exporting}
                />
                {PDF_SECTION_LABELS[section]}
              </label>
            ))}
          </fieldset>
          <fieldset className="pdf-export__group">
            <legend>Leave out fields</legend>
            {PDF_FIELDS.map((field) => (
              <label key={field} className="pdf-export__check">
                <input
                  type="checkbox"
                  checked={hidden.includes(field)}
                  onChange={(e) => toggle(field, e.target.checked)}
                  disabled={exporting}
                />
                {PDF_FIELD_LABELS[field]}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="pdf-export__preview-column">
          {error && (
            <Alert tone="danger" role="alert" title="The PDF was not saved">
              {error}
            </Alert>
          )}
          {saved && (
            <Alert tone="success" role="status" title="PDF saved">
              {saved.fileName} — {saved.pages} page{saved.pages === 1 ? '' : 's'}. The export is in the
              dossier’s history.
            </Alert>
          )}
          {left.length > 0 && (
            <Alert tone="info" title="Left out by sharing scope">
              Not in this document: {left.join(', ')}.
            </Alert>
          )}
          {preview?.profile === 'court' && preview.omitted.unnumberedExhibits > 0 && (
            <Alert tone="warning" title="Exhibits without a number">
              {preview.omitted.unnumberedExhibits} item(s) marked for the court have no exhibit number and are
              not listed.
            </Alert>
          )}
          <div className="pdf-export__preview">
            {preview ? (
              <PdfPreview document={preview} />
            ) : (
              <p className="pdf-preview__muted">Preparing the preview…</p>
            )}
          </div>
        </div>
      </div>
    </Modal>
  );
}

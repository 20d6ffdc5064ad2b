import { useRef } from 'react';
import { SHARING_SCOPE_LABELS } from '../../../../shared/dossier/common';
import { EVIDENCE_CATEGORY_LABELS } from '../../../../shared/evidence/categories';
import { formatBytes, previewKind } from '../../../../shared/evidence/evidence';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FilesIcon } from '../../ui/icons';
import { FileTextIcon, ImageIcon, UploadIcon } from './evidence-icons';
import { useEvidenceStore } from './evidence-store';
import { formatDate } from './format';

/** Every evidence file of the client, with its exhibit, category, size and hash. */
export function FilesView() {
  const evidence = useEvidenceStore((s) => s.evidence);
  const openEvidence = useEvidenceStore((s) => s.openEvidence);
  const attach = useEvidenceStore((s) => s.attach);
  const input = useRef<HTMLInputElement>(null);
  if (!evidence) return null;
  const picker = (
    <>
      <Button icon={<UploadIcon size={16} />} onClick={() => input.current?.click()}>
        Attach files…
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input-unfiled"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) void attach(files);
        }}
      />
    </>
  );
  if (evidence.length === 0) {
    return (
      <EmptyState icon={<FilesIcon size={26} />} title="No files yet">
        <p>
          Attach files to checklist items, or here without an item. Each is encrypted inside the vault and
          fingerprinted.
        </p>
        <div className="ev-empty-actions">{picker}</div>
      </EmptyState>
    );
  }
  return (
    <div className="ev-files">
      <div className="ev-toolbar">
        <p className="ev-muted">
          {evidence.length} file{evidence.length === 1 ? '' : 's'},{' '}
          {formatBytes(evidence.reduce((sum, e) => sum + e.byteSize, 0))} in the vault
        </p>
        {picker}
      </div>
      <table className="ev-table ev-table--files" data-testid="files-table">
        <thead>
          <tr>
            <th scope="col">Exhibit</th>
            <th scope="col">Title</th>
            <th scope="col">Category</th>
            <th scope="col">Scope</th>
            <th scope="col">Size</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((e) => {
            const Icon = previewKind(e.mediaType) === 'image' ? ImageIcon : FileTextIcon;
            return (
              <tr key={e.id}>
                <td className="ev-table__exhibit">
                  {[e.exhibitNumber, e.exhibitTab].filter(Boolean).join('-') || '—'}
                </td>
                <th scope="row">
                  <button type="button" className="ev-file-link" onClick={() => openEvidence(e.id)}>
                    <Icon size={16} />
                    <span>
                      {e.title}
                      <small>
                        {e.fileName} · added {formatDate(e.createdAt.slice(0, 10))}
                        {e.translationOf ? ' · translation' : ''}
                        {e.certificateFor ? ' · certificate' : ''}
                      </small>
                    </span>
                  </button>
                </th>
                <td>
                  {e.category ? EVIDENCE_CATEGORY_LABELS[e.category] : <span className="ev-muted">—</span>}
                </td>
                <td>{SHARING_SCOPE_LABELS[e.scope]}</td>
                <td className="ev-num">{formatBytes(e.byteSize)}</td>
                <td className="mono ev-hash-cell" title={e.sha256}>
                  {e.sha256.slice(0, 12)}…
                  {e.lastVerification && (
                    <span className={e.lastVerification.ok ? 'ev-verified' : 'ev-late'}>
                      {e.lastVerification.ok ? ' ✓' : ' ✗'}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

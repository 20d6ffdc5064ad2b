import { useEffect, useState } from 'react';
import { formatBytes } from '../../../../shared/evidence/evidence';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { CheckCircleIcon, FilesIcon, XIcon } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { ChecklistView } from './ChecklistView';
import { ClientPicker } from './ClientPicker';
import { ListChecksIcon } from './evidence-icons';
import { type EvidenceTab, useEvidenceStore } from './evidence-store';
import { EvidenceDetailDialog } from './EvidenceDetail';
import { FilesView } from './FilesView';
import { MissingView } from './MissingView';
import { TemplatesView } from './TemplatesView';
import './evidence.css';

const TABS: readonly { id: EvidenceTab; label: string }[] = [
  { id: 'checklist', label: 'Checklist' },
  { id: 'missing', label: 'Missing for next hearing' },
  { id: 'files', label: 'Files' },
  { id: 'templates', label: 'Templates' },
];

export function EvidenceScreen() {
  const clientId = useEvidenceStore((s) => s.clientId);
  const dossier = useEvidenceStore((s) => s.dossier);
  const tab = useEvidenceStore((s) => s.tab);
  const setTab = useEvidenceStore((s) => s.setTab);
  const selectClient = useEvidenceStore((s) => s.selectClient);
  const error = useEvidenceStore((s) => s.error);
  const openEvidenceId = useEvidenceStore((s) => s.openEvidenceId);
  const openEvidence = useEvidenceStore((s) => s.openEvidence);
  const missingCount = useEvidenceStore((s) => s.missing?.items.length ?? 0);
  const fileCount = useEvidenceStore((s) => s.evidence?.length ?? 0);
  const client = dossier ? { id: dossier.id, ...dossier.client } : null;
  const [pickerOpen, setPickerOpen] = useState(false);

  useEffect(() => {
    if (tab === 'templates') void useEvidenceStore.getState().loadTemplates();
  }, [tab]);

  const onKeyDownTabs = (event: React.KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (next) {
      setTab(next.id);
      document.getElementById(`ev-tab-${next.id}`)?.focus();
    }
  };

  return (
    <Page
      title="Evidence"
      description="Persecution-evidence checklists and exhibits, encrypted in the vault with their SHA-256 and chain of custody."
      testId="section-evidence"
      actions={
        <ClientPicker
          value={client}
          onChange={(id) => void selectClient(id)}
          open={pickerOpen}
          onOpenChange={setPickerOpen}
        />
      }
    >
      {!clientId && tab !== 'templates' ? (
        <EmptyState
          icon={<FilesIcon size={26} />}
          title="Choose a client"
          points={[
            {
              title: 'The checklist',
              text: 'The twelve categories of persecution evidence, with guidance, indicators and the CCF steps.',
            },
            {
              title: 'Files in the vault',
              text: 'Drop files on an item: encrypted inside the database, fingerprinted with SHA-256.',
            },
            {
              title: 'Ready for the hearing',
              text: 'What is still missing before the next hearing, by due date.',
            },
          ]}
          footnote="Nothing is written outside the vault: no temporary files, no caches."
        >
          <p>Each client has a checklist from a template, and the files that answer it.</p>
          <div className="ev-empty-actions">
            <Button variant="primary" onClick={() => setPickerOpen(true)}>
              Choose a client…
            </Button>
            <Button onClick={() => setTab('templates')}>Checklist templates</Button>
          </div>
        </EmptyState>
      ) : (
        <>
          <div className="ev-tabs" role="tablist" aria-label="Evidence views" onKeyDown={onKeyDownTabs}>
            {TABS.map((t) => (
              <button
                key={t.id}
                id={`ev-tab-${t.id}`}
                type="button"
                role="tab"
                className="ev-tab"
                aria-selected={tab === t.id}
                aria-controls="ev-tabpanel"
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => setTab(t.id)}
              >
                {t.label}
                {t.id === 'missing' && clientId && missingCount > 0 && (
                  <span className="ev-tab__count ev-tab__count--warn">{missingCount}</span>
                )}
                {t.id === 'files' && clientId && fileCount > 0 && (
                  <span className="ev-tab__count">{fileCount}</span>
                )}
              </button>
            ))}
          </div>
          <div id="ev-tabpanel" role="tabpanel" aria-labelledby={`ev-tab-${tab}`} className="ev-tabpanel">
            {error && (
              <Alert tone="danger" role="alert">
                {error}
              </Alert>
            )}
            {tab === 'templates' ? <TemplatesView /> : clientId ? <ClientTab tab={tab} /> : null}
          </div>
        </>
      )}
      <UploadTray />
      {openEvidenceId && (
        <EvidenceDetailDialog key={openEvidenceId} id={openEvidenceId} onClose={() => openEvidence(null)} />
      )}
    </Page>
  );
}

function ClientTab({ tab }: { tab: EvidenceTab }) {
  const checklists = useEvidenceStore((s) => s.checklists);
  const checklistId = useEvidenceStore((s) => s.checklistId);
  const selectChecklist = useEvidenceStore((s) => s.selectChecklist);
  if (!checklists) return <div className="ev-loading" aria-busy="true" />;
  if (tab === 'missing') return <MissingView />;
  if (tab === 'files') return <FilesView />;
  const checklist = checklists.find((c) => c.id === checklistId);
  if (!checklist) return <StartChecklist />;
  return (
    <>
      {checklists.length > 1 && (
        <label className="ev-inline-select">
          <span>Checklist</span>
          <select
            className="ev-select"
            value={checklist.id}
            onChange={(e) => selectChecklist(e.target.value)}
          >
            {checklists.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} (version {c.templateVersion})
              </option>
            ))}
          </select>
        </label>
      )}
      <ChecklistView checklist={checklist} />
    </>
  );
}

function StartChecklist() {
  const templates = useEvidenceStore((s) => s.templates);
  const load = useEvidenceStore((s) => s.loadTemplates);
  const create = useEvidenceStore((s) => s.createChecklist);
  const [templateId, setTemplateId] = useState('');
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!templates) void load();
  }, [templates, load]);
  const chosen = templateId || templates?.[0]?.id || '';
  return (
    <EmptyState icon={<ListChecksIcon size={26} />} title="No checklist for this client yet">
      <p>Start one from a template. The checklist keeps the template version it was made from.</p>
      <div className="ev-empty-actions">
        <label className="visually-hidden" htmlFor="ev-start-template">
          Template
        </label>
        <select
          id="ev-start-template"
          className="ev-select"
          value={chosen}
          onChange={(e) => setTemplateId(e.target.value)}
        >
          {templates?.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} — version {t.version}, {t.itemCount} items
            </option>
          ))}
        </select>
        <Button
          variant="primary"
          pending={pending}
          disabled={!chosen}
          onClick={() => {
            setPending(true);
            void create(chosen).finally(() => setPending(false));
          }}
        >
          Start checklist
        </Button>
      </div>
    </EmptyState>
  );
}

function UploadTray() {
  const uploads = useEvidenceStore((s) => s.uploads);
  const cancel = useEvidenceStore((s) => s.cancelUpload);
  const dismiss = useEvidenceStore((s) => s.dismissUpload);
  if (uploads.length === 0) return null;
  return (
    <section className="ev-uploads" aria-label="Uploads" data-testid="upload-tray">
      <h2 className="ev-uploads__title">Taking files into the vault</h2>
      <ul>
        {uploads.map((u) => {
          const percent = u.total === 0 ? 100 : Math.round((u.sent / u.total) * 100);
          return (
            <li key={u.id} className={`ev-upload ev-upload--${u.status}`}>
              <div className="ev-upload__row">
                {u.status === 'done' && <CheckCircleIcon size={15} className="ev-verified" />}
                <span className="ev-upload__name">{u.fileName}</span>
                <span className="ev-upload__size">
                  {u.status === 'sending' && `${formatBytes(u.sent)} of ${formatBytes(u.total)}`}
                  {u.status === 'done' && 'Encrypted and fingerprinted'}
                  {u.status === 'cancelled' && 'Cancelled; nothing kept'}
                  {u.status === 'failed' && (u.error ?? 'Failed')}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={u.status === 'sending' ? `Cancel ${u.fileName}` : `Dismiss ${u.fileName}`}
                  onClick={() => (u.status === 'sending' ? cancel(u.id) : dismiss(u.id))}
                >
                  <XIcon size={14} />
                </button>
              </div>
              <div
                className="ev-upload__bar"
                role="progressbar"
                aria-label={`Uploading ${u.fileName}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
              >
                <span style={{ width: `${percent}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

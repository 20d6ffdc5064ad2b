import { type DragEvent, useRef, useState } from 'react';
import type { ComputedDeadline } from '../../../../shared/deadlines/engine';
import type { RecordOf } from '../../../../shared/dossier/records';
import {
  type Checklist,
  type ChecklistItem,
  CATEGORY_GROUP_LABELS,
  type CategoryProgress,
  type ItemStatus,
  dueDate,
  groupByCategory,
  isSettled,
  progressOf,
} from '../../../../shared/evidence/checklist';
import type { EvidenceSummary } from '../../../../shared/evidence/evidence';
import { Button } from '../../ui/Button';
import { CalendarClockIcon, ChevronDownIcon, ChevronRightIcon, InfoIcon } from '../../ui/icons';
import { showToast } from '../../ui/toast-store';
import { PaperclipIcon, UploadIcon } from './evidence-icons';
import { errorMessage, useEvidenceStore } from './evidence-store';
import { daysUntil, formatDate, localToday, STATUS_ORDER, statusLabel } from './format';
import { DueDialog, ReasonDialog } from './ItemDialogs';
import { ProgressBar, ProgressLegend } from './ProgressBar';

/** Files dragged from the desktop carry the 'Files' type; text or links dragged within the page do not. */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * A drop zone for files. Plain HTML5 drag and drop: the files come from outside the page (the desktop, a mail
 * client), which is what the native events are for; a sortable-list library such as dnd-kit handles drags between
 * elements of the page and would add nothing here.
 */
function useFileDrop(onFiles: (files: File[]) => void) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  return {
    over,
    handlers: {
      onDragEnter: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      },
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: () => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      },
    },
  };
}

export function ChecklistView({ checklist }: { checklist: Checklist }) {
  const dossier = useEvidenceStore((s) => s.dossier);
  const groups = groupByCategory(checklist);
  const overall = progressOf(checklist.items);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const deadlines = dossier?.deadlines ?? [];
  const parties = (dossier?.records ?? []).filter((r): r is RecordOf<'party'> => r.kind === 'party');

  const toggle = (key: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const showGroupHeadings = groups.some((g) => g.category.group !== 'evidence');
  return (
    <div className="ev-checklist" data-testid="checklist">
      <section className="ev-overview" aria-label="Overall progress">
        <div className="ev-overview__numbers">
          <p className="ev-overview__percent">{Math.round(overall.settledRatio * 100)}%</p>
          <p className="ev-overview__caption">
            settled — <strong>{overall.inHand}</strong> of {overall.total} in hand,{' '}
            <strong>{overall.notObtainable}</strong> explained as not obtainable,{' '}
            <strong>{overall.requested}</strong> requested, <strong>{overall.needed}</strong> still needed
          </p>
        </div>
        <ProgressBar progress={overall} label="Whole checklist" />
        <div className="ev-overview__foot">
          <ProgressLegend />
          <p className="ev-muted">
            {checklist.name}, version {checklist.templateVersion}
            {checklist.templateLatestVersion > checklist.templateVersion &&
              ` (the template is now at version ${checklist.templateLatestVersion})`}
          </p>
        </div>
      </section>

      {groups.map((group, index) => {
        const startsGroup = index === 0 || groups[index - 1]?.category.group !== group.category.group;
        return (
          <div key={group.category.key} className="ev-category-wrap">
            {startsGroup && showGroupHeadings && (
              <h2 className="ev-group-heading">{CATEGORY_GROUP_LABELS[group.category.group]}</h2>
            )}
            <CategorySection
              group={group}
              collapsed={collapsed.has(group.category.key)}
              onToggle={() => toggle(group.category.key)}
              deadlines={deadlines}
              parties={parties}
            />
          </div>
        );
      })}
    </div>
  );
}

function CategorySection({
  group,
  collapsed,
  onToggle,
  deadlines,
  parties,
}: {
  group: CategoryProgress;
  collapsed: boolean;
  onToggle(): void;
  deadlines: readonly ComputedDeadline[];
  parties: readonly RecordOf<'party'>[];
}) {
  const { category, items, progress } = group;
  const bodyId = `category-${category.key}`;
  return (
    <section
      className="ev-category"
      aria-labelledby={`${bodyId}-title`}
      data-testid={`category-${category.key}`}
    >
      <header className="ev-category__header">
        <button
          type="button"
          className="ev-category__toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          {collapsed ? <ChevronRightIcon size={16} /> : <ChevronDownIcon size={16} />}
          <h3 id={`${bodyId}-title`} className="ev-category__title">
            {category.title}
          </h3>
        </button>
        <span className="ev-category__count">
          {progress.inHand + progress.notObtainable}/{progress.total}
        </span>
        <div className="ev-category__bar">
          <ProgressBar progress={progress} label={category.title} size="sm" />
        </div>
      </header>
      {!collapsed && (
        <div id={bodyId}>
          {category.guidance && <p className="ev-category__guidance">{category.guidance}</p>}
          <ul className="ev-items">
            {items.map((item) => (
              <ItemRow key={item.id} item={item} deadlines={deadlines} parties={parties} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ItemRow({
  item,
  deadlines,
  parties,
}: {
  item: ChecklistItem;
  deadlines: readonly ComputedDeadline[];
  parties: readonly RecordOf<'party'>[];
}) {
  const evidence = useEvidenceStore((s) => s.evidence);
  const updateItem = useEvidenceStore((s) => s.updateItem);
  const attach = useEvidenceStore((s) => s.attach);
  const openEvidence = useEvidenceStore((s) => s.openEvidence);
  const uploading = useEvidenceStore((s) =>
    s.uploads.some((u) => u.itemId === item.id && u.status === 'sending'),
  );
  const [dialog, setDialog] = useState<'reason' | 'due' | null>(null);
  const [showGuidance, setShowGuidance] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const drop = useFileDrop((files) => void attach(files, { itemId: item.id }));
  const linked = (evidence ?? []).filter((e) => item.evidenceIds.includes(e.id));
  const today = localToday();
  const due = dueDate(item.due);
  const overdue = due !== null && !isSettled(item.status) && due < today;

  const change = async (patch: Parameters<typeof updateItem>[1], success?: string) => {
    try {
      await updateItem(item, patch);
      if (success) showToast({ tone: 'success', title: success });
    } catch (error) {
      showToast({ tone: 'danger', title: errorMessage(error, 'The item could not be changed.') });
      await useEvidenceStore.getState().refresh();
    }
  };

  const onStatus = (status: ItemStatus) => {
    if (status === 'not-obtainable') setDialog('reason');
    else void change({ status });
  };

  return (
    <li
      className={`ev-item ev-item--${item.status}${drop.over ? ' ev-item--drop' : ''}`}
      data-testid={`item-${item.key ?? item.id}`}
      aria-label={item.title}
      {...drop.handlers}
    >
      <div className="ev-item__main">
        <div className="ev-item__title-row">
          <span className={`ev-status-dot ev-status-dot--${item.status}`} aria-hidden="true" />
          <span className="ev-item__title">{item.title}</span>
          {item.guidance && (
            <button
              type="button"
              className="icon-button ev-item__info"
              aria-label={`Guidance for ${item.title}`}
              aria-expanded={showGuidance}
              onClick={() => setShowGuidance((v) => !v)}
            >
              <InfoIcon size={15} />
            </button>
          )}
        </div>
        {showGuidance && <p className="ev-item__guidance">{item.guidance}</p>}
        {item.status === 'not-obtainable' && item.notObtainableReason && (
          <p className="ev-item__reason">
            <strong>Not obtainable:</strong> {item.notObtainableReason}{' '}
            <button type="button" className="button button--link" onClick={() => setDialog('reason')}>
              Edit reason
            </button>
          </p>
        )}
        {linked.length > 0 && (
          <ul className="ev-chips" aria-label="Evidence">
            {linked.map((e) => (
              <li key={e.id}>
                <EvidenceChip evidence={e} onOpen={() => openEvidence(e.id)} />
              </li>
            ))}
          </ul>
        )}
        {drop.over && (
          <p className="ev-item__drop-hint" aria-hidden="true">
            <UploadIcon size={16} /> Drop to take the file into the vault for this item
          </p>
        )}
      </div>
      <div className="ev-item__controls">
        <label className="visually-hidden" htmlFor={`status-${item.id}`}>
          Status of {item.title}
        </label>
        <select
          id={`status-${item.id}`}
          className={`ev-select ev-select--status ev-select--${item.status}`}
          value={item.status}
          onChange={(e) => onStatus(e.target.value as ItemStatus)}
        >
          {STATUS_ORDER.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={`ev-due${overdue ? ' ev-due--overdue' : ''}${item.due.mode === 'none' ? ' ev-due--none' : ''}`}
          onClick={() => setDialog('due')}
          aria-label={`Due date of ${item.title}: ${due ? formatDate(due) : 'none'}${item.due.mode === 'deadline' ? ', follows a deadline' : ''}`}
          title={item.due.mode === 'deadline' ? `Follows: ${item.due.title ?? item.due.key}` : undefined}
        >
          {item.due.mode === 'deadline' && <CalendarClockIcon size={14} className="ev-due__link" />}
          {due ? formatDate(due) : item.due.mode === 'deadline' ? 'Deadline passed' : 'Due date'}
          {due && !isSettled(item.status) && <span className="ev-due__days">{relative(due, today)}</span>}
        </button>
        <label className="visually-hidden" htmlFor={`party-${item.id}`}>
          Responsible for {item.title}
        </label>
        <select
          id={`party-${item.id}`}
          className="ev-select ev-select--party"
          value={item.responsiblePartyId ?? ''}
          onChange={(e) => void change({ responsiblePartyId: e.target.value || null })}
        >
          <option value="">{parties.length === 0 ? 'No parties yet' : 'Unassigned'}</option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.data.name}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          variant="ghost"
          icon={<PaperclipIcon size={15} />}
          pending={uploading}
          onClick={() => fileInput.current?.click()}
          aria-label={`Attach files to ${item.title}`}
        >
          Attach
        </Button>
        <input
          ref={fileInput}
          type="file"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid={`file-input-${item.key ?? item.id}`}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length > 0) void attach(files, { itemId: item.id });
          }}
        />
      </div>
      {dialog === 'reason' && (
        <ReasonDialog
          item={item}
          onClose={() => setDialog(null)}
          onSave={async (reason) => {
            await updateItem(item, { status: 'not-obtainable', notObtainableReason: reason });
            showToast({
              tone: 'success',
              title: 'Marked not obtainable',
              description: 'The reason is on record.',
            });
          }}
        />
      )}
      {dialog === 'due' && (
        <DueDialog
          item={item}
          deadlines={deadlines}
          onClose={() => setDialog(null)}
          onSave={async (dueInput) => {
            await updateItem(item, { due: dueInput });
          }}
        />
      )}
    </li>
  );
}

function relative(date: string, today: string): string {
  const days = daysUntil(date, today);
  if (days === 0) return 'today';
  if (days < 0) return `${-days} d late`;
  return `in ${days} d`;
}

export function EvidenceChip({ evidence, onOpen }: { evidence: EvidenceSummary; onOpen(): void }) {
  const exhibit = [evidence.exhibitNumber, evidence.exhibitTab].filter(Boolean).join('-');
  return (
    <button type="button" className="ev-chip" onClick={onOpen} title={evidence.fileName}>
      <PaperclipIcon size={13} />
      {exhibit && <span className="ev-chip__exhibit">Ex. {exhibit}</span>}
      <span className="ev-chip__title">{evidence.title}</span>
      {evidence.translationOf && <span className="ev-chip__tag">translation</span>}
      {evidence.certificateFor && <span className="ev-chip__tag">certificate</span>}
    </button>
  );
}

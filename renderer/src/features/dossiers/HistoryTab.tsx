import { useEffect } from 'react';
import type { Dossier, HistoryEntry } from '../../../../shared/dossier/dossier';
import { RECORD_KIND_LABELS, type RecordKind } from '../../../../shared/dossier/records';
import { SHARING_SCOPE_LABELS, type SharingScope } from '../../../../shared/dossier/common';
import { Alert } from '../../ui/Alert';
import { useDossierStore } from './dossier-store';
import { formatDate, formatTimestamp } from './format';
import { CLIENT_SECTIONS } from './records/client-descriptor';
import { KIND_DESCRIPTORS } from './records/descriptors';
import { type FieldSpec, type SectionSpec, TRISTATE_LABELS } from './records/spec';
import { HistoryIcon } from './ui/feature-icons';

const ACTION_LABELS: Record<string, string> = {
  'client.created': 'Dossier created',
  'client.updated': 'Client details changed',
  'client.imported': 'Dossier imported',
  'record.created': 'Added',
  'record.updated': 'Changed',
  'record.deleted': 'Deleted',
  'deadline.overridden': 'Deadline overridden',
  'deadline.override-cleared': 'Deadline override cleared',
  export: 'Exported',
};

function entryTitle(entry: HistoryEntry): string {
  const action = ACTION_LABELS[entry.action] ?? entry.action;
  if (entry.action.startsWith('record.') && entry.entityType && entry.entityType in RECORD_KIND_LABELS) {
    return `${action}: ${RECORD_KIND_LABELS[entry.entityType as RecordKind]}`;
  }
  if (entry.action.startsWith('deadline.') && entry.entityId) {
    return `${action}: ${humanize(entry.entityId.split(':')[0] ?? '')}`;
  }
  return action;
}

/** "lastArrivalDate" → "Last arrival date"; "data.charges.0.maxPenaltyYears" → "Charges 1 › Max penalty years". */
export function humanize(path: string): string {
  return path
    .split('.')
    .filter((part) => part !== 'data')
    .map((part) =>
      /^\d+$/.test(part)
        ? String(Number(part) + 1)
        : part
            .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
            .replace(/-/g, ' ')
            .toLowerCase()
            .replace(/^./, (c) => c.toUpperCase())
            .replace(/\bi (\d)/gi, 'I-$1')
            .replace(/\bnta\b/gi, 'NTA')
            .replace(/\bncb\b/gi, 'NCB'),
    )
    .join(' › ');
}

type Flat = Map<string, unknown>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value === null || value === undefined || value === '') return out;
  if (Array.isArray(value)) {
    if (value.length === 0) return out;
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      out.set(prefix, value);
      return out;
    }
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
    return out;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  out.set(prefix, value);
  return out;
}

export interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** The fields that differ between two stored values, in a stable order. */
export function diff(before: unknown, after: unknown): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p)))
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}

/** The descriptor field a stored path points at ("data.charges.0.maxPenaltyYears"), with its readable label. */
function fieldAt(sections: readonly SectionSpec[], path: string): { label: string; spec?: FieldSpec } {
  const parts = path.split('.').filter((p) => p !== 'data');
  if (parts[0] === 'scope') return { label: 'Sharing scope' };
  let fields: readonly FieldSpec[] = sections.flatMap((s) => s.fields);
  const labels: string[] = [];
  let spec: FieldSpec | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (/^\d+$/.test(part)) {
      labels[labels.length - 1] =
        `${spec?.kind === 'array' ? spec.itemLabel : labels.at(-1)} ${Number(part) + 1}`;
      continue;
    }
    spec = fields.find((f) => f.name === part);
    if (!spec) return { label: humanize(parts.slice(i).join('.')) };
    labels.push(spec.label);
    fields = spec.kind === 'group' || spec.kind === 'array' ? spec.fields : [];
  }
  return { label: labels.join(' › '), spec };
}

function show(value: unknown, spec: FieldSpec | undefined, path: string): string {
  if (value === undefined) return '';
  if (path === 'scope' && typeof value === 'string' && value in SHARING_SCOPE_LABELS) {
    return SHARING_SCOPE_LABELS[value as SharingScope];
  }
  const one = (v: unknown): string => {
    if (typeof v === 'boolean') return v ? 'Yes' : 'No';
    if (!spec) return String(v);
    if (spec.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
    if (spec.kind === 'select' || spec.kind === 'checkboxes') {
      return spec.options.find((o) => o.value === v)?.label ?? String(v);
    }
    if (spec.kind === 'tristate') return TRISTATE_LABELS[v as keyof typeof TRISTATE_LABELS] ?? String(v);
    if (spec.kind === 'number' && spec.suffix) return `${String(v)} ${spec.suffix}`;
    return String(v);
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

function sectionsFor(entry: HistoryEntry): readonly SectionSpec[] {
  if (entry.entityType && entry.entityType in KIND_DESCRIPTORS) {
    return KIND_DESCRIPTORS[entry.entityType as RecordKind].sections;
  }
  return entry.entityType === 'client' ? CLIENT_SECTIONS : [];
}

const MAX_CHANGES = 14;

export function HistoryTab({ dossier }: { dossier: Dossier }) {
  const history = useDossierStore((s) => s.history);
  const error = useDossierStore((s) => s.historyError);
  const revision = dossier.revision;
  useEffect(() => {
    void useDossierStore.getState().loadHistory();
  }, [revision]);

  return (
    <section aria-labelledby="history-title" data-testid="history-tab">
      <header>
        <h2 id="history-title" className="dx-tab-title">
          History
        </h2>
        <p className="dx-tab-description">
          Every change to this dossier, newest first, with the values before and after. The trail is kept in
          the vault and cannot be edited.
        </p>
      </header>
      {error && (
        <Alert tone="danger" role="alert" title="The history could not be read">
          {error}
        </Alert>
      )}
      {history === null ? (
        <p className="dx-tab-loading">Loading the history…</p>
      ) : history.length === 0 ? (
        <div className="dx-tab-empty">
          <HistoryIcon size={22} />
          <p>No changes recorded yet.</p>
        </div>
      ) : (
        <ol className="dx-history">
          {history.map((entry) => (
            <HistoryItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const created = entry.action === 'client.created' || entry.action === 'record.created';
  const deleted = entry.action === 'record.deleted';
  const all = created
    ? diff(null, entry.after)
    : deleted
      ? diff(entry.before, null)
      : diff(entry.before, entry.after);
  // A new record's "No" and "Unknown" defaults say nothing worth a line.
  const changes = all.filter((c) => !(created && (c.after === false || c.after === 'unknown')));
  const sections = sectionsFor(entry);
  const shown = changes.slice(0, MAX_CHANGES);
  return (
    <li
      className={`dx-history__item dx-history__item--${entry.action.split('.')[1] ?? 'other'}`}
      data-testid="history-entry"
    >
      <span className="dx-history__dot" aria-hidden="true" />
      <div className="dx-history__body">
        <div className="dx-history__head">
          <p className="dx-history__title">{entryTitle(entry)}</p>
          <time className="dx-history__time" dateTime={entry.at}>
            {formatTimestamp(entry.at)}
          </time>
        </div>
        {entry.detail && <p className="dx-history__detail">{entry.detail}</p>}
        {shown.length > 0 && (
          <table className="dx-diff">
            <thead className="visually-hidden">
              <tr>
                <th scope="col">Field</th>
                {!created && <th scope="col">Before</th>}
                {!deleted && <th scope="col">{created ? 'Value' : 'After'}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((change) => {
                const { label, spec } = fieldAt(sections, change.path);
                return (
                  <tr key={change.path}>
                    <th scope="row">{label}</th>
                    {!created && (
                      <td className="dx-diff__before">
                        {change.before === undefined ? (
                          <span className="dx-diff__none">—</span>
                        ) : (
                          show(change.before, spec, change.path)
                        )}
                      </td>
                    )}
                    {!deleted && (
                      <td className={created ? 'dx-diff__value' : 'dx-diff__after'}>
                        {change.after === undefined ? (
                          <span className="dx-diff__none">—</span>
                        ) : (
                          show(change.after, spec, change.path)
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {changes.length > shown.length && (
          <p className="dx-history__more">and {changes.length - shown.length} more fields</p>
        )}
      </div>
    </li>
  );
}

import type { ReactNode } from 'react';
import type { Check } from '../../../../../shared/deadlines/checks';
import type { DossierRecord } from '../../../../../shared/dossier/records';
import { formatDate } from '../format';
import { ScopeBadge } from '../ui/badges';
import { CheckItem } from '../ui/CheckItem';
import { PencilIcon, TrashIcon } from '../ui/feature-icons';
import { KIND_DESCRIPTORS } from './descriptors';
import { type FieldSpec, type Option, TRISTATE_LABELS } from './spec';
import { recordOptionLabel, recordSummary } from './summaries';

interface RecordCardProps {
  record: DossierRecord;
  /** Every record of the dossier, to name linked records. */
  records: readonly DossierRecord[];
  checks: readonly Check[];
  onEdit(): void;
  onDelete(): void;
}

/** A record read back as a card: title, state, scope, then every field that has a value, under its label. */
export function RecordCard({ record, records, checks, onEdit, onDelete }: RecordCardProps) {
  const summary = recordSummary(record);
  const descriptor = KIND_DESCRIPTORS[record.kind];
  const data = record.data as Record<string, unknown>;
  const sections = descriptor.sections
    .map((section) => ({
      title: section.title,
      items: section.fields.flatMap((spec) => describeField(spec, data[spec.name], records)),
    }))
    .filter((section) => section.items.length > 0);

  return (
    <article className="dx-record-card" data-testid={`record-${record.kind}`} aria-label={summary.title}>
      <header className="dx-record-card__header">
        <div className="dx-record-card__heading">
          <h4 className="dx-record-card__title">{summary.title}</h4>
          {summary.meta.length > 0 && (
            <p className="dx-record-card__meta">
              {summary.meta.map((part, i) => (
                <span key={i}>{part}</span>
              ))}
            </p>
          )}
        </div>
        <div className="dx-record-card__aside">
          {summary.state && (
            <span className={`dx-badge dx-badge--tone-${summary.state.tone}`}>{summary.state.label}</span>
          )}
          <ScopeBadge scope={record.scope} />
          <div className="dx-record-card__actions">
            <button
              type="button"
              className="icon-button"
              aria-label={`Edit ${summary.title}`}
              onClick={onEdit}
            >
              <PencilIcon size={16} />
            </button>
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Delete ${summary.title}`}
              onClick={onDelete}
            >
              <TrashIcon size={16} />
            </button>
          </div>
        </div>
      </header>
      {checks.length > 0 && (
        <ul className="dx-record-card__checks">
          {checks.map((check) => (
            <CheckItem key={check.id} check={check} compact />
          ))}
        </ul>
      )}
      {sections.length > 0 && (
        <div className="dx-record-card__body">
          {sections.map((section) => (
            <section key={section.title} className="dx-record-card__section">
              {sections.length > 1 && <h5 className="dx-record-card__section-title">{section.title}</h5>}
              <dl className="dx-facts">
                {section.items.map((item) => (
                  <div key={item.key} className={`dx-facts__item${item.wide ? ' dx-facts__item--wide' : ''}`}>
                    <dt>{item.label}</dt>
                    <dd>{item.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      )}
    </article>
  );
}

export interface FactItem {
  key: string;
  label: string;
  value: ReactNode;
  wide?: boolean;
}

function optionLabel(options: readonly Option[], value: unknown): string {
  return options.find((o) => o.value === value)?.label ?? String(value);
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A field's value as text for reading, or nothing when it holds nothing worth showing. */
export function describeField(
  spec: FieldSpec,
  value: unknown,
  records: readonly DossierRecord[],
  keyPrefix = '',
): FactItem[] {
  const key = `${keyPrefix}${spec.name}`;
  if (spec.kind === 'group') {
    const inner = (value ?? {}) as Record<string, unknown>;
    return spec.fields.flatMap((child) => describeField(child, inner[child.name], records, `${key}.`));
  }
  if (isEmpty(value)) return [];
  const item = (text: ReactNode, wide = false): FactItem[] => [{ key, label: spec.label, value: text, wide }];
  switch (spec.kind) {
    case 'text':
      return item(spec.mono ? <span className="mono">{String(value)}</span> : String(value));
    case 'textarea':
      return item(<span className="dx-facts__prose">{String(value)}</span>, true);
    case 'date':
      return item(formatDate(String(value)));
    case 'time':
      return item(String(value));
    case 'number': {
      const n = Number(value);
      return item(
        `${spec.suffix === 'USD' ? `$${n.toLocaleString('en-US')}` : n.toLocaleString('en-US')}${spec.suffix && spec.suffix !== 'USD' ? ` ${spec.suffix}` : ''}`,
      );
    }
    case 'select':
      return value === 'unknown' ? [] : item(optionLabel(spec.options, value));
    case 'record': {
      const linked = records.find((r) => r.id === value);
      return item(linked ? recordOptionLabel(linked) : 'A record since deleted');
    }
    case 'tristate':
      return value === 'unknown' ? [] : item(TRISTATE_LABELS[value as keyof typeof TRISTATE_LABELS]);
    case 'checkbox':
      return value === true ? item('Yes') : [];
    case 'checkboxes':
      return item(
        <span className="dx-facts__chips">
          {(value as string[]).map((v) => (
            <span key={v} className="dx-chip">
              {optionLabel(spec.options, v)}
            </span>
          ))}
        </span>,
        true,
      );
    case 'tags':
      return item((value as string[]).join(', '));
    case 'array': {
      const items = value as Record<string, unknown>[];
      return item(
        <ul className="dx-facts__list">
          {items.map((entry, i) => (
            <li key={i}>
              {spec.describe ? spec.describe(entry) : Object.values(entry).filter(Boolean).join(' · ')}
            </li>
          ))}
        </ul>,
        true,
      );
    }
  }
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  isoDate,
  SHARING_SCOPES,
  SHARING_SCOPE_LABELS,
  sharingScopeSchema,
} from '../../../../shared/dossier/common';
import { EVIDENCE_CATEGORIES, EVIDENCE_CATEGORY_LABELS } from '../../../../shared/evidence/categories';
import {
  CUSTODY_ACTION_LABELS,
  type EvidenceDetail as Detail,
  type VerifyResult,
  evidenceRole,
  formatBytes,
} from '../../../../shared/evidence/evidence';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field, TextField } from '../../ui/Field';
import { applyServerError } from '../../ui/form-errors';
import { CopyIcon, DownloadIcon, RotateCcwIcon, ShieldCheckIcon } from '../../ui/icons';
import { showToast } from '../../ui/toast-store';
import { Modal } from '../dossiers/ui/Modal';
import { FingerprintIcon, LanguagesIcon, PaperclipIcon } from './evidence-icons';
import { errorMessage, useEvidenceStore } from './evidence-store';
import { formatDate, formatDateTime, groupedHash } from './format';
import { Preview } from './Preview';

const optionalDay = z.union([z.literal(''), isoDate]);
const formSchema = z
  .object({
    title: z.string().trim().min(1, 'The title is required.').max(300, 'Keep this under 300 characters.'),
    description: z.string().max(4000, 'Keep this under 4000 characters.'),
    category: z.string(),
    source: z.string().max(300),
    obtainedBy: z.string().max(200),
    obtainedOn: optionalDay,
    language: z.string().max(80),
    scope: sharingScopeSchema,
    exhibitNumber: z.string().max(40, 'Keep this under 40 characters.'),
    exhibitTab: z.string().max(40, 'Keep this under 40 characters.'),
    authentication: z.string().max(1000),
    servedOn: optionalDay,
    role: z.enum(['original', 'translation', 'certificate']),
    pairedWith: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.role !== 'original' && !values.pairedWith) {
      ctx.addIssue({
        code: 'custom',
        path: ['pairedWith'],
        message:
          values.role === 'translation' ? 'Choose the original.' : 'Choose the translation it certifies.',
      });
    }
  });
type FormValues = z.infer<typeof formSchema>;

function toForm(detail: Detail): FormValues {
  const role = evidenceRole(detail);
  return {
    title: detail.title,
    description: detail.description ?? '',
    category: detail.category ?? '',
    source: detail.source ?? '',
    obtainedBy: detail.obtainedBy ?? '',
    obtainedOn: detail.obtainedOn ?? '',
    language: detail.language ?? '',
    scope: detail.scope,
    exhibitNumber: detail.exhibitNumber ?? '',
    exhibitTab: detail.exhibitTab ?? '',
    authentication: detail.authentication ?? '',
    servedOn: detail.servedOn ?? '',
    role,
    pairedWith: detail.translationOf ?? detail.certificateFor ?? '',
  };
}

const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function EvidenceDetailDialog({ id, onClose }: { id: string; onClose(): void }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const evidence = useEvidenceStore((s) => s.evidence);
  const refresh = useEvidenceStore((s) => s.refresh);

  const load = useCallback(
    () =>
      invoke('evidence.get', { id }).then(setDetail, (error: unknown) => {
        if (endSessionIfLocked(error)) return;
        setLoadError(errorMessage(error, 'This evidence item could not be opened.'));
      }),
    [id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Modal
      title={detail?.title ?? 'Evidence'}
      description={
        detail ? `${detail.fileName} · ${formatBytes(detail.byteSize)} · ${detail.mediaType}` : undefined
      }
      onRequestClose={onClose}
      size="lg"
      testId="evidence-detail"
      footer={
        detail && (
          <>
            <SaveCopyButton detail={detail} onSaved={() => void load()} />
            <Button variant="ghost" onClick={onClose}>
              Close
            </Button>
            <Button variant="primary" type="submit" form="evidence-form">
              Save changes
            </Button>
          </>
        )
      }
    >
      {loadError && <Alert tone="danger">{loadError}</Alert>}
      {detail && (
        <div className="ev-detail">
          <div className="ev-detail__side">
            <Preview evidence={detail} />
            <HashPanel detail={detail} onVerified={() => void load()} />
            <PairingPanel detail={detail} onChanged={() => void Promise.all([load(), refresh()])} />
          </div>
          <div className="ev-detail__main">
            <MetadataForm
              detail={detail}
              others={(evidence ?? []).filter((e) => e.id !== detail.id)}
              onSaved={(next) => {
                setDetail(next);
                void refresh();
              }}
            />
            <CustodyLog detail={detail} />
          </div>
        </div>
      )}
    </Modal>
  );
}

function HashPanel({ detail, onVerified }: { detail: Detail; onVerified(): void }) {
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [pending, setPending] = useState(false);
  const verify = async () => {
    setPending(true);
    try {
      setResult(await invoke('evidence.verify', { id: detail.id }));
      onVerified();
    } catch (error) {
      if (!endSessionIfLocked(error))
        showToast({ tone: 'danger', title: errorMessage(error, 'Verification failed.') });
    } finally {
      setPending(false);
    }
  };
  const copy = () => {
    void navigator.clipboard.writeText(detail.sha256).then(
      () => showToast({ tone: 'success', title: 'SHA-256 copied' }),
      () => showToast({ tone: 'danger', title: 'The clipboard is not available.' }),
    );
  };
  return (
    <section className="ev-hash" aria-labelledby="ev-hash-title">
      <header className="ev-hash__header">
        <FingerprintIcon size={17} />
        <h3 id="ev-hash-title">SHA-256 at intake</h3>
        <button type="button" className="icon-button" aria-label="Copy the SHA-256" onClick={copy}>
          <CopyIcon size={15} />
        </button>
      </header>
      <p className="ev-hash__value mono" data-testid="sha256">
        {groupedHash(detail.sha256)}
      </p>
      <div className="ev-hash__actions">
        <Button size="sm" icon={<RotateCcwIcon size={15} />} pending={pending} onClick={() => void verify()}>
          Re-verify
        </Button>
        {!result && detail.lastVerification && (
          <span className="ev-muted">
            Last verified {formatDateTime(detail.lastVerification.at)}:{' '}
            {detail.lastVerification.ok ? 'matched' : 'did not match'}
          </span>
        )}
      </div>
      {result && (
        <Alert
          tone={result.ok ? 'success' : 'danger'}
          role="status"
          title={
            result.ok
              ? 'Intact: the stored file matches its intake hash'
              : 'Changed: the stored file does not match'
          }
        >
          {result.ok ? (
            `Recomputed from all ${formatBytes(result.byteSize)} just now.`
          ) : (
            <span className="mono">Computed {groupedHash(result.actual)}</span>
          )}
        </Alert>
      )}
    </section>
  );
}

function PairingPanel({ detail, onChanged }: { detail: Detail; onChanged(): void }) {
  const attach = useEvidenceStore((s) => s.attach);
  const openEvidence = useEvidenceStore((s) => s.openEvidence);
  const input = useRef<HTMLInputElement>(null);
  const role = evidenceRole(detail);
  return (
    <section className="ev-pairing" aria-labelledby="ev-pairing-title">
      <header className="ev-hash__header">
        <LanguagesIcon size={17} />
        <h3 id="ev-pairing-title">Translation</h3>
      </header>
      {detail.pairedWith && (
        <p className="ev-pairing__line">
          {role === 'translation' ? 'Translation of ' : 'Certificate for '}
          <button
            type="button"
            className="button button--link"
            onClick={() => openEvidence(detail.pairedWith?.id ?? null)}
          >
            {detail.pairedWith.title}
          </button>
        </p>
      )}
      {role === 'original' && detail.translations.length === 0 && (
        <p className="ev-muted">
          No translation yet. A translation needs the translator’s certificate of competence.
        </p>
      )}
      {detail.translations.length > 0 && (
        <ul className="ev-pairing__list" aria-label="Translations">
          {detail.translations.map((t) => (
            <li key={t.id}>
              <PaperclipIcon size={13} />
              <button type="button" className="button button--link" onClick={() => openEvidence(t.id)}>
                {t.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {detail.certificates.length > 0 && (
        <ul className="ev-pairing__list" aria-label="Certificates">
          {detail.certificates.map((c) => (
            <li key={c.id}>
              <ShieldCheckIcon size={13} />
              <button type="button" className="button button--link" onClick={() => openEvidence(c.id)}>
                {c.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {role === 'translation' && detail.certificates.length === 0 && (
        <Alert tone="warning">No translator’s certificate is paired with this translation yet.</Alert>
      )}
      {role === 'original' && (
        <>
          <Button size="sm" icon={<LanguagesIcon size={15} />} onClick={() => input.current?.click()}>
            Add translation…
          </Button>
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              if (files.length > 0) void attach(files, { translationOf: detail.id }).then(onChanged);
            }}
          />
        </>
      )}
    </section>
  );
}

function MetadataForm({
  detail,
  others,
  onSaved,
}: {
  detail: Detail;
  others: readonly { id: string; title: string; translationOf: string | null }[];
  onSaved(next: Detail): void;
}) {
  const {
    register,
    handleSubmit,
    reset,
    control,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: toForm(detail) });
  useEffect(() => reset(toForm(detail)), [detail, reset]);
  const role = useWatch({ control, name: 'role' });

  const submit = handleSubmit(async (values) => {
    try {
      const next = await invoke('evidence.update', {
        id: detail.id,
        revision: detail.revision,
        metadata: {
          title: values.title,
          description: blank(values.description),
          category: (values.category || null) as (typeof EVIDENCE_CATEGORIES)[number] | null,
          source: blank(values.source),
          obtainedBy: blank(values.obtainedBy),
          obtainedOn: blank(values.obtainedOn),
          language: blank(values.language),
          scope: values.scope,
          exhibitNumber: blank(values.exhibitNumber),
          exhibitTab: blank(values.exhibitTab),
          authentication: blank(values.authentication),
          servedOn: blank(values.servedOn),
          translationOf: values.role === 'translation' ? values.pairedWith : null,
          certificateFor: values.role === 'certificate' ? values.pairedWith : null,
        },
      });
      onSaved(next);
      showToast({ tone: 'success', title: 'Evidence details saved' });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      applyServerError(error, setError, {
        byServerField: {
          'metadata.title': 'title',
          'metadata.exhibitNumber': 'exhibitNumber',
          translationOf: 'pairedWith',
          certificateFor: 'pairedWith',
          'metadata.translationOf': 'pairedWith',
          'metadata.certificateFor': 'pairedWith',
        },
      });
    }
  });

  const pairOptions = role === 'certificate' ? others.filter((o) => o.translationOf) : others;

  return (
    <form id="evidence-form" className="ev-form" onSubmit={submit} noValidate aria-label="Evidence details">
      {errors.root?.server && (
        <Alert tone="danger" role="alert">
          {errors.root.server.message}
        </Alert>
      )}
      <TextField label="Title" error={errors.title?.message} {...register('title')} />
      <div className="ev-form__row">
        <TextField
          label="Exhibit"
          placeholder="e.g. C-14"
          error={errors.exhibitNumber?.message}
          {...register('exhibitNumber')}
        />
        <TextField
          label="Tab"
          placeholder="e.g. 3"
          error={errors.exhibitTab?.message}
          {...register('exhibitTab')}
        />
      </div>
      <div className="ev-form__row">
        <Field label="Sharing scope">
          {(control) => (
            <select className="ev-select" {...control} {...register('scope')}>
              {SHARING_SCOPES.map((s) => (
                <option key={s} value={s}>
                  {SHARING_SCOPE_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Category">
          {(control) => (
            <select className="ev-select" {...control} {...register('category')}>
              <option value="">Not set</option>
              {EVIDENCE_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {EVIDENCE_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Description" error={errors.description?.message}>
        {(control) => <textarea className="ev-textarea" rows={3} {...control} {...register('description')} />}
      </Field>
      <fieldset className="ev-form__group">
        <legend>Provenance</legend>
        <div className="ev-form__row">
          <TextField label="Source" placeholder="Who or where it came from" {...register('source')} />
          <TextField label="Obtained by" {...register('obtainedBy')} />
          <TextField
            label="Obtained on"
            type="date"
            error={errors.obtainedOn?.message}
            {...register('obtainedOn')}
          />
          <TextField label="Language" placeholder="e.g. Russian" {...register('language')} />
          <TextField
            label="Served on DHS"
            type="date"
            error={errors.servedOn?.message}
            {...register('servedOn')}
          />
        </div>
        <Field
          label="Authentication route"
          hint="How it will be authenticated (8 CFR 1287.6, witness, expert…)."
        >
          {(control) => (
            <textarea className="ev-textarea" rows={2} {...control} {...register('authentication')} />
          )}
        </Field>
      </fieldset>
      <fieldset className="ev-form__group">
        <legend>This file is</legend>
        <div className="ev-form__row ev-form__row--roles">
          <label className="ev-radio">
            <input type="radio" value="original" {...register('role')} />
            <span>An original</span>
          </label>
          <label className="ev-radio">
            <input type="radio" value="translation" {...register('role')} />
            <span>A translation</span>
          </label>
          <label className="ev-radio">
            <input type="radio" value="certificate" {...register('role')} />
            <span>A translator’s certificate</span>
          </label>
        </div>
        {role !== 'original' && (
          <Field
            label={role === 'translation' ? 'Translation of' : 'Certificate for the translation'}
            error={errors.pairedWith?.message}
          >
            {(control) => (
              <select className="ev-select" {...control} {...register('pairedWith')}>
                <option value="">Choose…</option>
                {pairOptions.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </fieldset>
      {isDirty && !isSubmitting && <p className="ev-muted">Unsaved changes.</p>}
    </form>
  );
}

function CustodyLog({ detail }: { detail: Detail }) {
  return (
    <section className="ev-custody" aria-labelledby="ev-custody-title">
      <h3 id="ev-custody-title" className="ev-section-title">
        Chain of custody
      </h3>
      {detail.linkedItems.length > 0 && (
        <p className="ev-muted">
          Linked to: {detail.linkedItems.map((i) => i.title).join('; ')}
          {detail.servedOn && ` · served on DHS ${formatDate(detail.servedOn)}`}
        </p>
      )}
      <ol className="ev-custody__list" data-testid="custody-log">
        {[...detail.custody].reverse().map((event) => (
          <li key={event.id} className={`ev-custody__event ev-custody__event--${event.action}`}>
            <span className="ev-custody__action">{CUSTODY_ACTION_LABELS[event.action]}</span>
            <time className="ev-custody__time" dateTime={event.at}>
              {formatDateTime(event.at)}
            </time>
            <span className="ev-custody__actor">{event.actor}</span>
            {event.detail && <span className="ev-custody__detail">{event.detail}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function SaveCopyButton({ detail, onSaved }: { detail: Detail; onSaved(): void }) {
  const [pending, setPending] = useState(false);
  const save = async () => {
    setPending(true);
    try {
      const result = await invoke('evidence.saveCopy', { id: detail.id });
      if (result.saved) {
        showToast({
          tone: result.hashMatches ? 'success' : 'danger',
          title: `Saved a copy as ${result.fileName ?? detail.fileName}`,
          description: result.hashMatches
            ? 'The copy matches the intake hash. The export is in the chain of custody.'
            : 'The copy does not match the intake hash.',
        });
        onSaved();
      }
    } catch (error) {
      if (!endSessionIfLocked(error))
        showToast({ tone: 'danger', title: errorMessage(error, 'The copy was not saved.') });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      className="ev-footer-start"
      icon={<DownloadIcon size={16} />}
      pending={pending}
      onClick={() => void save()}
    >
      Save a copy…
    </Button>
  );
}

import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { Controller, get, useFieldArray, useFormContext } from 'react-hook-form';
import { Field } from '../../../ui/Field';
import { XIcon } from '../../../ui/icons';
import { PlusIcon, TrashIcon } from '../ui/feature-icons';
import { type FieldSpec, type Option, type SectionSpec, TRISTATE_LABELS } from './spec';

/** Options for 'record' fields (links to other records of the dossier), by kind. */
export interface FormContextData {
  recordOptions: Partial<Record<'interpol', readonly Option[]>>;
}

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const toNumber = (value: unknown) => {
  if (value === '' || value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isNaN(n) ? value : n;
};

function useError(name: string): string | undefined {
  const {
    formState: { errors },
  } = useFormContext();
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}

function Label({ text, required }: { text: string; required?: boolean }) {
  return (
    <>
      {text}
      {required && (
        <span className="field__required" aria-hidden="true">
          *
        </span>
      )}
    </>
  );
}

function spanClass(spec: FieldSpec): string | undefined {
  return spec.span === 'full' ? 'dx-form-grid__full' : undefined;
}

/** One field of a descriptor, bound to react-hook-form at `path`. */
export function FormField({ spec, path, data }: { spec: FieldSpec; path: string; data: FormContextData }) {
  switch (spec.kind) {
    case 'text':
    case 'date':
    case 'time':
    case 'number':
      return <InputControl spec={spec} path={path} />;
    case 'textarea':
      return <TextareaControl spec={spec} path={path} />;
    case 'select':
      return <SelectControl spec={spec} path={path} options={spec.options} optional={spec.optional} />;
    case 'record':
      return (
        <SelectControl
          spec={spec}
          path={path}
          options={data.recordOptions[spec.recordKind] ?? []}
          optional
          emptyLabel={
            (data.recordOptions[spec.recordKind] ?? []).length ? 'Not linked' : 'No notice recorded yet'
          }
        />
      );
    case 'tristate':
      return <TriStateControl spec={spec} path={path} />;
    case 'checkbox':
      return <CheckboxControl spec={spec} path={path} />;
    case 'checkboxes':
      return <CheckboxGroupControl spec={spec} path={path} />;
    case 'tags':
      return <TagsControl spec={spec} path={path} />;
    case 'array':
      return <ArrayControl spec={spec} path={path} data={data} />;
    case 'group':
      return (
        <fieldset className={['dx-form-group', spanClass(spec)].filter(Boolean).join(' ')}>
          <legend className="dx-form-group__legend">{spec.label}</legend>
          {spec.hint && <p className="field__hint">{spec.hint}</p>}
          <div className="dx-form-grid">
            {spec.fields.map((child) => (
              <FormField key={child.name} spec={child} path={`${path}.${child.name}`} data={data} />
            ))}
          </div>
        </fieldset>
      );
  }
}

function InputControl({
  spec,
  path,
}: {
  spec: Extract<FieldSpec, { kind: 'text' | 'date' | 'time' | 'number' }>;
  path: string;
}) {
  const { register } = useFormContext();
  const error = useError(path);
  const required = 'required' in spec && spec.required;
  const type = spec.kind === 'text' ? 'text' : spec.kind;
  const setValueAs = spec.kind === 'number' ? toNumber : required ? undefined : emptyToUndefined;
  return (
    <Field
      label={<Label text={spec.label} required={required} />}
      hint={spec.hint}
      error={error}
      className={[spanClass(spec), `field--${spec.kind}`].filter(Boolean).join(' ')}
    >
      {(control) => (
        <div className="input-box">
          <input
            className={['input', spec.kind === 'text' && spec.mono && 'input--code']
              .filter(Boolean)
              .join(' ')}
            type={type}
            step={spec.kind === 'number' ? (spec.step ?? (spec.integer ? 1 : 'any')) : undefined}
            min={spec.kind === 'number' ? 0 : undefined}
            placeholder={spec.kind === 'text' ? spec.placeholder : undefined}
            aria-required={required || undefined}
            autoComplete="off"
            spellCheck={spec.kind === 'text' && !spec.mono}
            {...control}
            {...register(path, setValueAs ? { setValueAs } : {})}
          />
          {spec.kind === 'number' && spec.suffix && <span className="input-box__suffix">{spec.suffix}</span>}
        </div>
      )}
    </Field>
  );
}

function TextareaControl({ spec, path }: { spec: Extract<FieldSpec, { kind: 'textarea' }>; path: string }) {
  const { register } = useFormContext();
  const error = useError(path);
  return (
    <Field
      label={<Label text={spec.label} required={spec.required} />}
      hint={spec.hint}
      error={error}
      className={spanClass(spec)}
    >
      {(control) => (
        <textarea
          className="dx-textarea"
          rows={spec.rows ?? 3}
          placeholder={spec.placeholder}
          aria-required={spec.required || undefined}
          {...control}
          {...register(path, spec.required ? {} : { setValueAs: emptyToUndefined })}
        />
      )}
    </Field>
  );
}

function SelectControl({
  spec,
  path,
  options,
  optional,
  emptyLabel = '—',
}: {
  spec: FieldSpec;
  path: string;
  options: readonly Option[];
  optional?: boolean;
  emptyLabel?: string;
}) {
  const { register } = useFormContext();
  const error = useError(path);
  return (
    <Field label={spec.label} hint={spec.hint} error={error} className={spanClass(spec)}>
      {(control) => (
        <div className="dx-select-box">
          <select className="dx-select" {...control} {...register(path, { setValueAs: emptyToUndefined })}>
            {optional && <option value="">{emptyLabel}</option>}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}

function TriStateControl({ spec, path }: { spec: FieldSpec; path: string }) {
  const { register } = useFormContext();
  const error = useError(path);
  const hintId = useId();
  return (
    <fieldset
      className={['field', 'tristate', spanClass(spec)].filter(Boolean).join(' ')}
      aria-describedby={spec.hint ? hintId : undefined}
    >
      <legend className="field__label">{spec.label}</legend>
      <div className="dx-segmented">
        {(Object.keys(TRISTATE_LABELS) as (keyof typeof TRISTATE_LABELS)[]).map((value) => (
          <label key={value} className="dx-segmented__option">
            <input type="radio" value={value} {...register(path)} />
            <span>{TRISTATE_LABELS[value]}</span>
          </label>
        ))}
      </div>
      {spec.hint && (
        <p id={hintId} className="field__hint">
          {spec.hint}
        </p>
      )}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

function CheckboxControl({ spec, path }: { spec: FieldSpec; path: string }) {
  const { register } = useFormContext();
  const hintId = useId();
  return (
    <div className={['field', 'field--checkbox', spanClass(spec)].filter(Boolean).join(' ')}>
      <label className="checkbox-row">
        <input type="checkbox" aria-describedby={spec.hint ? hintId : undefined} {...register(path)} />
        <span className="checkbox-row__text">
          <span className="checkbox-row__label">{spec.label}</span>
          {spec.hint && (
            <span id={hintId} className="field__hint">
              {spec.hint}
            </span>
          )}
        </span>
      </label>
    </div>
  );
}

function CheckboxGroupControl({
  spec,
  path,
}: {
  spec: Extract<FieldSpec, { kind: 'checkboxes' }>;
  path: string;
}) {
  const { control } = useFormContext();
  const error = useError(path);
  const withHints = spec.options.some((o) => o.hint);
  return (
    <fieldset className={['field', 'dx-checkbox-group', spanClass(spec)].filter(Boolean).join(' ')}>
      <legend className="field__label">{spec.label}</legend>
      {spec.hint && <p className="field__hint">{spec.hint}</p>}
      <Controller
        control={control}
        name={path}
        render={({ field }) => {
          const value: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
          return (
            <div
              className={`dx-checkbox-group__options${withHints ? ' dx-checkbox-group__options--detailed' : ''}`}
            >
              {spec.options.map((option) => (
                <label key={option.value} className="checkbox-row dx-checkbox-group__option">
                  <input
                    type="checkbox"
                    checked={value.includes(option.value)}
                    onChange={(event) =>
                      field.onChange(
                        event.target.checked
                          ? [...value, option.value]
                          : value.filter((v) => v !== option.value),
                      )
                    }
                    onBlur={field.onBlur}
                  />
                  <span className="checkbox-row__text">
                    <span className="checkbox-row__label">{option.label}</span>
                    {option.hint && <span className="field__hint">{option.hint}</span>}
                  </span>
                </label>
              ))}
            </div>
          );
        }}
      />
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

/** A list of short strings (nationalities, languages): type, Enter to add; each shows as a removable chip. */
function TagsControl({ spec, path }: { spec: Extract<FieldSpec, { kind: 'tags' }>; path: string }) {
  const { control } = useFormContext();
  const error = useError(path);
  const [draft, setDraft] = useState('');
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const value: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
        const add = () => {
          const next = draft.trim();
          if (next && !value.some((v) => v.toLowerCase() === next.toLowerCase()))
            field.onChange([...value, next]);
          setDraft('');
        };
        const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
            field.onChange(value.slice(0, -1));
          }
        };
        return (
          <Field label={spec.label} hint={spec.hint} error={error} className={spanClass(spec)}>
            {(controlProps) => (
              <div className="dx-tags-box">
                {value.map((tag) => (
                  <span key={tag} className="dx-tag">
                    {tag}
                    <button
                      type="button"
                      className="dx-tag__remove"
                      aria-label={`Remove ${tag}`}
                      onClick={() => field.onChange(value.filter((v) => v !== tag))}
                    >
                      <XIcon size={12} />
                    </button>
                  </span>
                ))}
                <input
                  className="dx-tags-box__input"
                  value={draft}
                  placeholder={value.length ? '' : spec.placeholder}
                  onChange={(event) => setDraft(event.target.value)}
                  onKeyDown={onKeyDown}
                  onBlur={() => {
                    add();
                    field.onBlur();
                  }}
                  {...controlProps}
                />
              </div>
            )}
          </Field>
        );
      }}
    />
  );
}

function ArrayControl({
  spec,
  path,
  data,
}: {
  spec: Extract<FieldSpec, { kind: 'array' }>;
  path: string;
  data: FormContextData;
}) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: path });
  const error = useError(path);
  return (
    <fieldset className={['dx-form-array', spanClass(spec)].filter(Boolean).join(' ')}>
      <legend className="dx-form-array__legend">
        {spec.label}
        {fields.length > 0 && <span className="dx-form-array__count">{fields.length}</span>}
      </legend>
      {spec.hint && <p className="field__hint">{spec.hint}</p>}
      {fields.length > 0 && (
        <ol className="dx-form-array__items">
          {fields.map((item, index) => (
            <li key={item.id} className="dx-form-array__item" data-testid={`${spec.name}-item`}>
              <div className="dx-form-array__item-head">
                <span className="dx-form-array__item-title">
                  {spec.itemLabel} {index + 1}
                </span>
                <button
                  type="button"
                  className="button button--ghost button--sm"
                  onClick={() => remove(index)}
                  aria-label={`Remove ${spec.itemLabel.toLowerCase()} ${index + 1}`}
                >
                  <TrashIcon size={15} />
                  Remove
                </button>
              </div>
              <div className={`dx-form-grid dx-form-grid--${spec.columns ?? 2}`}>
                {spec.fields.map((child) => (
                  <FormField
                    key={child.name}
                    spec={child}
                    path={`${path}.${index}.${child.name}`}
                    data={data}
                  />
                ))}
              </div>
            </li>
          ))}
        </ol>
      )}
      {error && <p className="field__error">{error}</p>}
      <div>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => append(structuredClone(spec.newItem), { shouldFocus: true })}
        >
          <PlusIcon size={15} />
          Add {spec.itemLabel.toLowerCase()}
        </button>
      </div>
    </fieldset>
  );
}

/** The sections of a descriptor as a form: a heading each, then the fields in one or two columns. */
export function FormSections({
  sections,
  data,
  prefix = '',
  after,
}: {
  sections: readonly SectionSpec[];
  data: FormContextData;
  prefix?: string;
  after?: ReactNode;
}) {
  return (
    <div className="dx-form-sections">
      {sections.map((section) => (
        <section key={section.title} className="dx-form-section" aria-label={section.title}>
          <header className="dx-form-section__header">
            <h3 className="dx-form-section__title">{section.title}</h3>
            {section.description && <p className="dx-form-section__description">{section.description}</p>}
          </header>
          <div className={`dx-form-grid dx-form-grid--${section.columns ?? 2}`}>
            {section.fields.map((spec) => (
              <FormField key={spec.name} spec={spec} path={`${prefix}${spec.name}`} data={data} />
            ))}
          </div>
        </section>
      ))}
      {after}
    </div>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Collapsible } from 'radix-ui';
import { useEffect, useState } from 'react';
import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
  useForm,
  useWatch,
} from 'react-hook-form';
import { z } from 'zod';
import { useShallow } from 'zustand/react/shallow';
import {
  FRONTS,
  PARAMETER_INFO,
  type RuleDescription,
  type RuleParameterDescription,
  type RuleParameterKey,
  type RuleParameters,
  ruleParametersSchema,
} from '../../../../shared/deadlines/rules';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { applyServerError } from '../../ui/form-errors';
import { BookIcon, ChevronDownIcon, LockIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { showToast } from '../../ui/toast-store';
import { FrontChip, VerifyBadge } from '../deadlines/badges';
import { FRONT_LABELS } from '../deadlines/deadline-view';
import { useSettingsStore } from './settings-store';

const PARAMETER_KEYS = Object.keys(ruleParametersSchema.shape) as RuleParameterKey[];

/** The bounds main enforces (shared/deadlines/rules.ts), with a message that says them in the parameter's unit. */
function boundedNumber(key: RuleParameterKey) {
  const bound = ruleParametersSchema.shape[key];
  const min = bound.minValue ?? 1;
  const max = bound.maxValue ?? Number.MAX_SAFE_INTEGER;
  const message = `Enter a whole number of ${PARAMETER_INFO[key].unit} from ${min} to ${max}.`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

const formSchema = z.object(
  Object.fromEntries(PARAMETER_KEYS.map((key) => [key, boundedNumber(key)])) as Record<
    RuleParameterKey,
    ReturnType<typeof boundedNumber>
  >,
);

/** Server field paths ("ruleParameters.treatyFormalRequestDays") to the form's fields. */
const SERVER_FIELDS = Object.fromEntries(PARAMETER_KEYS.map((key) => [`ruleParameters.${key}`, key]));

function isRuleParameterKey(key: string): key is RuleParameterKey {
  return (PARAMETER_KEYS as string[]).includes(key);
}

function unitText(amount: number, unit: RuleParameterDescription['unit']): string {
  return amount === 1 ? unit.slice(0, -1) : unit;
}

type RulesState = { status: 'loading' } | { status: 'ready'; rules: RuleDescription[] } | { status: 'error' };

/**
 * Settings → Deadline rules: every rule with its source and how it is counted; the numbers an attorney may change
 * (items to verify, practice-manual and treaty defaults) as validated inputs, saved for the whole vault. Statutory
 * periods are shown read-only: a case-specific departure is an override on that deadline, with a reason.
 */
export function DeadlineRulesSettings() {
  // Shallow-compared, so saving another setting (the idle lock) does not reset edits in progress here.
  const stored = useSettingsStore(useShallow((state) => state.settings?.ruleParameters));
  const [rulesState, setRulesState] = useState<RulesState>({ status: 'loading' });
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    setValue,
    formState: { errors, isSubmitting, dirtyFields },
  } = useForm<RuleParameters>({ resolver: zodResolver(formSchema) });

  useEffect(() => {
    let active = true;
    invoke('deadline.rules', {})
      .then((rules) => {
        if (active) setRulesState({ status: 'ready', rules });
      })
      .catch((error: unknown) => {
        if (active && !endSessionIfLocked(error)) setRulesState({ status: 'error' });
      });
    return () => {
      active = false;
    };
  }, []);

  // The form shows the stored numbers once they have loaded, and again after each save.
  useEffect(() => {
    if (stored) reset(stored);
  }, [stored, reset]);

  const changed = PARAMETER_KEYS.filter((key) => dirtyFields[key]);

  const onSubmit = handleSubmit(async (values) => {
    const patch = Object.fromEntries(changed.map((key) => [key, values[key]]));
    try {
      await useSettingsStore.getState().update({ ruleParameters: patch });
      showToast({
        tone: 'success',
        title: 'Deadline rules saved',
        description: 'Every dossier’s deadlines were recomputed with the new numbers.',
      });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      applyServerError(error, setError, { byServerField: SERVER_FIELDS });
    }
  });

  return (
    <Panel
      id="settings-deadline-rules"
      icon={<BookIcon size={18} />}
      title="Deadline rules"
      description="How each deadline is computed, and its legal source. The numbers that vary (items to verify, practice-manual and treaty defaults) can be changed here for the whole vault; saving recomputes every dossier’s deadlines."
    >
      {rulesState.status === 'loading' && <p className="rules-loading">Loading the rules…</p>}
      {rulesState.status === 'error' && (
        <Alert tone="danger" role="alert" title="The rules could not be loaded">
          Close Settings and open it again. Nothing was changed.
        </Alert>
      )}
      {rulesState.status === 'ready' && (
        <form className="rules-form" onSubmit={onSubmit} noValidate aria-label="Deadline rules">
          {errors.root?.server && (
            <Alert tone="danger" role="alert" title="The rules were not saved">
              {errors.root.server.message}
            </Alert>
          )}
          {FRONTS.map((front) => {
            const rules = rulesState.rules.filter((rule) => rule.front === front);
            if (rules.length === 0) return null;
            return (
              <section key={front} className="rules-front" aria-labelledby={`rules-front-${front}`}>
                <h3 id={`rules-front-${front}`} className="rules-front__title">
                  {FRONT_LABELS[front]}
                  <span className="rules-front__count">
                    {rules.length} {rules.length === 1 ? 'rule' : 'rules'}
                  </span>
                </h3>
                <ul className="rules-list">
                  {rules.map((rule) => (
                    <RuleItem
                      key={rule.id}
                      rule={rule}
                      disabled={!stored || isSubmitting}
                      register={register}
                      control={control}
                      setValue={setValue}
                      errors={errors}
                      dirty={(key) => Boolean(dirtyFields[key])}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          <div className="rules-form__bar" data-dirty={changed.length > 0 || undefined}>
            <p className="rules-form__status" aria-live="polite">
              {changed.length === 0
                ? 'No unsaved changes.'
                : `${changed.length} unsaved ${changed.length === 1 ? 'change' : 'changes'}.`}
            </p>
            <Button
              variant="ghost"
              disabled={changed.length === 0 || isSubmitting}
              onClick={() => stored && reset(stored)}
            >
              Discard
            </Button>
            <Button type="submit" variant="primary" pending={isSubmitting} disabled={changed.length === 0}>
              Save and recompute
            </Button>
          </div>
        </form>
      )}
    </Panel>
  );
}

interface RuleItemProps {
  rule: RuleDescription;
  disabled: boolean;
  register: UseFormRegister<RuleParameters>;
  control: Control<RuleParameters>;
  setValue: UseFormSetValue<RuleParameters>;
  errors: FieldErrors<RuleParameters>;
  dirty(key: RuleParameterKey): boolean;
}

function RuleItem({ rule, disabled, register, control, setValue, errors, dirty }: RuleItemProps) {
  return (
    <li className="rule" data-testid={`rule-${rule.id}`}>
      <div className="rule__heading">
        <h4 className="rule__title">{rule.title}</h4>
        <div className="rule__meta">
          <FrontChip front={rule.front} />
          <span className="rule__source" data-testid="rule-source">
            <span className="rule__source-label">Source</span> {rule.source}
          </span>
          {rule.verify && <VerifyBadge />}
        </div>
      </div>
      <div className="rule__parameters">
        {rule.parameters.map((parameter) =>
          parameter.editable && isRuleParameterKey(parameter.key) ? (
            <EditableParameter
              key={parameter.key}
              name={parameter.key}
              parameter={parameter}
              disabled={disabled}
              register={register}
              control={control}
              error={errors[parameter.key]?.message}
              isDirty={dirty(parameter.key)}
              onReset={() =>
                setValue(parameter.key as RuleParameterKey, parameter.defaultValue, {
                  shouldDirty: true,
                  shouldValidate: true,
                })
              }
            />
          ) : (
            <StatutoryParameter key={parameter.key} parameter={parameter} />
          ),
        )}
      </div>
      <Collapsible.Root className="rule__more">
        <Collapsible.Trigger className="rule__toggle">
          <ChevronDownIcon size={15} className="rule__toggle-icon" />
          <span className="rule__toggle-closed">How it is counted</span>
          <span className="rule__toggle-open">Hide how it is counted</span>
        </Collapsible.Trigger>
        <Collapsible.Content className="rule__description">
          <p>{rule.description}</p>
          <p className="rule__reference">
            Reference consulted: <span className="rule__url">{rule.sourceUrl}</span>
            <span className="rule__reference-note"> — Safe Harbor is offline and opens no links.</span>
          </p>
        </Collapsible.Content>
      </Collapsible.Root>
    </li>
  );
}

interface EditableParameterProps {
  name: RuleParameterKey;
  parameter: RuleParameterDescription;
  disabled: boolean;
  register: UseFormRegister<RuleParameters>;
  control: Control<RuleParameters>;
  error: string | undefined;
  isDirty: boolean;
  onReset(): void;
}

function EditableParameter({
  name,
  parameter,
  disabled,
  register,
  control,
  error,
  isDirty,
  onReset,
}: EditableParameterProps) {
  const bound = ruleParametersSchema.shape[name];
  const value = useWatch({ control, name });
  const atDefault = value === parameter.defaultValue;
  return (
    <div className="rule-parameter" data-testid={`parameter-${name}`} data-dirty={isDirty || undefined}>
      <TextField
        label={parameter.label}
        labelAside={parameter.verify ? <VerifyBadge /> : undefined}
        type="number"
        inputMode="numeric"
        min={bound.minValue ?? undefined}
        max={bound.maxValue ?? undefined}
        step={1}
        suffix={parameter.unit}
        className="rule-parameter__field"
        disabled={disabled}
        error={error}
        hint={
          <>
            Default {parameter.defaultValue} {unitText(parameter.defaultValue, parameter.unit)}
            {!atDefault && (
              <>
                {' — '}
                <Button variant="link" className="rule-parameter__reset" onClick={onReset}>
                  reset to default
                </Button>
              </>
            )}
          </>
        }
        {...register(name, { valueAsNumber: true })}
      />
      <p className="rule-parameter__note">{parameter.note}</p>
    </div>
  );
}

function StatutoryParameter({ parameter }: { parameter: RuleParameterDescription }) {
  return (
    <div className="rule-parameter rule-parameter--fixed" data-testid={`parameter-${parameter.key}`}>
      <span className="rule-parameter__value">
        <LockIcon size={13} />
        <span className="visually-hidden">{parameter.label}: </span>
        {parameter.value} {unitText(parameter.value, parameter.unit)}
      </span>
      <p className="rule-parameter__note">
        Fixed by {parameter.note.replace(/\.$/, '')}. To depart from it in one case, override that deadline in
        the dossier, with a reason.
      </p>
    </div>
  );
}

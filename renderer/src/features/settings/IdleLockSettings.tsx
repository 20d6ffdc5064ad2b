import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES } from '../../../../shared/settings';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { applyServerError } from '../../ui/form-errors';
import { ClockIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { showToast } from '../../ui/toast-store';
import { useSettingsStore } from './settings-store';

const RANGE_MESSAGE = `Enter a whole number of minutes from ${IDLE_LOCK_MIN_MINUTES} to ${IDLE_LOCK_MAX_MINUTES}.`;

const schema = z.object({
  idleLockMinutes: z
    .number({ error: RANGE_MESSAGE })
    .int(RANGE_MESSAGE)
    .min(IDLE_LOCK_MIN_MINUTES, RANGE_MESSAGE)
    .max(IDLE_LOCK_MAX_MINUTES, RANGE_MESSAGE),
});
type IdleLockValues = z.infer<typeof schema>;

export function IdleLockSettings() {
  const settings = useSettingsStore((state) => state.settings);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<IdleLockValues>({ resolver: zodResolver(schema) });

  // The form shows the stored value once it has loaded, and again after each save.
  useEffect(() => {
    if (settings) reset({ idleLockMinutes: settings.idleLockMinutes });
  }, [settings, reset]);

  const onSubmit = handleSubmit(async ({ idleLockMinutes }) => {
    try {
      await useSettingsStore.getState().update({ idleLockMinutes });
      showToast({
        tone: 'success',
        title: 'Automatic lock updated',
        description: `The vault now locks after ${idleLockMinutes} ${idleLockMinutes === 1 ? 'minute' : 'minutes'} without activity.`,
      });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      applyServerError(error, setError, { byServerField: { idleLockMinutes: 'idleLockMinutes' } });
    }
  });

  return (
    <Panel
      id="settings-idle-lock"
      icon={<ClockIcon size={18} />}
      title="Automatic lock"
      description="Locks the vault when Safe Harbor has not been used for a while. It also locks when the computer sleeps or the screen locks."
    >
      <form className="form-stack" onSubmit={onSubmit} noValidate aria-label="Automatic lock">
        {errors.root?.server && (
          <Alert tone="danger" role="alert">
            {errors.root.server.message}
          </Alert>
        )}
        <div className="settings-inline-form">
          <TextField
            label="Lock after"
            type="number"
            inputMode="numeric"
            min={IDLE_LOCK_MIN_MINUTES}
            max={IDLE_LOCK_MAX_MINUTES}
            step={1}
            suffix="minutes without activity"
            className="settings-inline-form__field"
            hint={`From ${IDLE_LOCK_MIN_MINUTES} to ${IDLE_LOCK_MAX_MINUTES} minutes.`}
            disabled={!settings}
            error={errors.idleLockMinutes?.message}
            {...register('idleLockMinutes', { valueAsNumber: true })}
          />
          <Button type="submit" variant="primary" pending={isSubmitting} disabled={!settings || !isDirty}>
            Save
          </Button>
        </div>
      </form>
    </Panel>
  );
}

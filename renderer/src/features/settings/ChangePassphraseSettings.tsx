import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { applyServerError } from '../../ui/form-errors';
import { KeyIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { PassphraseField } from '../../ui/PassphraseField';
import { StrengthMeter } from '../../ui/StrengthMeter';
import { showToast } from '../../ui/toast-store';
import {
  CONFIRM_MISMATCH,
  PASSPHRASE_HINT,
  existingPassphraseSchema,
  newPassphraseSchema,
} from '../vault/passphrase-schema';

const schema = z
  .object({
    currentPassphrase: existingPassphraseSchema,
    newPassphrase: newPassphraseSchema,
    confirmPassphrase: z.string(),
  })
  .refine((values) => values.newPassphrase === values.confirmPassphrase, {
    path: ['confirmPassphrase'],
    message: CONFIRM_MISMATCH,
  })
  .refine((values) => values.newPassphrase !== values.currentPassphrase, {
    path: ['newPassphrase'],
    message: 'The new passphrase is the same as the current one.',
  });
type ChangePassphraseValues = z.infer<typeof schema>;

const EMPTY: ChangePassphraseValues = { currentPassphrase: '', newPassphrase: '', confirmPassphrase: '' };

export function ChangePassphraseSettings() {
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePassphraseValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  // useWatch rather than watch(): it is a hook the React Compiler can reason about.
  const newPassphraseValue = useWatch({ control, name: 'newPassphrase' });

  const onSubmit = handleSubmit(async ({ currentPassphrase, newPassphrase }) => {
    try {
      await invoke('vault.changePassphrase', { currentPassphrase, newPassphrase });
      reset(EMPTY);
      showToast({
        tone: 'success',
        title: 'Passphrase changed',
        description: 'Use the new passphrase the next time you unlock. The recovery code is unchanged.',
      });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      applyServerError(error, setError, {
        byCode: { WRONG_PASSPHRASE: 'currentPassphrase', WEAK_PASSPHRASE: 'newPassphrase' },
        byServerField: {
          currentPassphrase: 'currentPassphrase',
          newPassphrase: 'newPassphrase',
          passphrase: 'newPassphrase',
        },
      });
    }
  });

  return (
    <Panel
      id="settings-passphrase"
      icon={<KeyIcon size={18} />}
      title="Passphrase"
      description="Changing it takes effect at once. The vault is not re-encrypted and the recovery code stays the same."
    >
      <form
        className="form-stack settings-passphrase-form"
        onSubmit={onSubmit}
        noValidate
        aria-label="Change passphrase"
      >
        {errors.root?.server && (
          <Alert tone="danger" role="alert" title="The passphrase was not changed">
            {errors.root.server.message}
          </Alert>
        )}
        <PassphraseField
          label="Current passphrase"
          autoComplete="current-password"
          error={errors.currentPassphrase?.message}
          {...register('currentPassphrase')}
        />
        <PassphraseField
          label="New passphrase"
          autoComplete="new-password"
          hint={PASSPHRASE_HINT}
          error={errors.newPassphrase?.message}
          below={<StrengthMeter passphrase={newPassphraseValue} />}
          {...register('newPassphrase')}
        />
        <PassphraseField
          label="Confirm new passphrase"
          autoComplete="new-password"
          error={errors.confirmPassphrase?.message}
          {...register('confirmPassphrase')}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" pending={isSubmitting}>
            {isSubmitting ? 'Changing passphrase…' : 'Change passphrase'}
          </Button>
        </div>
      </form>
    </Panel>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { applyServerError } from '../../ui/form-errors';
import { PassphraseField } from '../../ui/PassphraseField';
import { StrengthMeter } from '../../ui/StrengthMeter';
import { CONFIRM_MISMATCH, PASSPHRASE_HINT, newPassphraseSchema } from './passphrase-schema';
import { useVaultStore } from './vault-store';

const schema = z
  .object({ passphrase: newPassphraseSchema, confirmPassphrase: z.string() })
  .refine((values) => values.passphrase === values.confirmPassphrase, {
    path: ['confirmPassphrase'],
    message: CONFIRM_MISMATCH,
  });

type CreateVaultValues = z.infer<typeof schema>;

export function CreateVaultForm() {
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateVaultValues>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '', confirmPassphrase: '' },
  });
  // useWatch rather than watch(): it is a hook the React Compiler can reason about.
  const passphraseValue = useWatch({ control, name: 'passphrase' });

  const onSubmit = handleSubmit(async ({ passphrase }) => {
    try {
      const { recoveryCode } = await invoke('vault.create', { passphrase });
      useVaultStore.getState().created(recoveryCode);
    } catch (error) {
      applyServerError(error, setError, {
        byCode: { WEAK_PASSPHRASE: 'passphrase' },
        byServerField: { passphrase: 'passphrase' },
      });
    }
  });

  return (
    <form className="form-stack" onSubmit={onSubmit} noValidate aria-label="Create vault">
      {errors.root?.server && (
        <Alert tone="danger" role="alert" title="The vault was not created">
          {errors.root.server.message}
        </Alert>
      )}
      <PassphraseField
        label="Passphrase"
        autoComplete="new-password"
        autoFocus
        hint={PASSPHRASE_HINT}
        error={errors.passphrase?.message}
        below={<StrengthMeter passphrase={passphraseValue} />}
        {...register('passphrase')}
      />
      <PassphraseField
        label="Confirm passphrase"
        autoComplete="new-password"
        error={errors.confirmPassphrase?.message}
        {...register('confirmPassphrase')}
      />
      <Button type="submit" variant="primary" size="lg" fullWidth pending={isSubmitting}>
        {isSubmitting ? 'Creating the encrypted vault…' : 'Create vault'}
      </Button>
    </form>
  );
}

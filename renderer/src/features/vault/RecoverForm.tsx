import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { isWellFormedRecoveryCode } from '../../../../shared/vault/passphrase';
import { invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { applyServerError } from '../../ui/form-errors';
import { PassphraseField } from '../../ui/PassphraseField';
import { StrengthMeter } from '../../ui/StrengthMeter';
import { showToast } from '../../ui/toast-store';
import { CONFIRM_MISMATCH, PASSPHRASE_HINT, newPassphraseSchema } from './passphrase-schema';
import { type VaultProblem, isVaultFileProblem, useVaultStore } from './vault-store';

const schema = z
  .object({
    recoveryCode: z
      .string()
      .min(1, 'Enter the recovery code.')
      .refine(isWellFormedRecoveryCode, 'A recovery code has 32 letters and digits, in 8 groups of 4.'),
    newPassphrase: newPassphraseSchema,
    confirmPassphrase: z.string(),
  })
  .refine((values) => values.newPassphrase === values.confirmPassphrase, {
    path: ['confirmPassphrase'],
    message: CONFIRM_MISMATCH,
  });

type RecoverValues = z.infer<typeof schema>;

interface RecoverFormProps {
  onCancel(): void;
  onVaultProblem(problem: VaultProblem): void;
}

/** Opens the vault with the recovery code and replaces the forgotten passphrase. */
export function RecoverForm({ onCancel, onVaultProblem }: RecoverFormProps) {
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RecoverValues>({
    resolver: zodResolver(schema),
    defaultValues: { recoveryCode: '', newPassphrase: '', confirmPassphrase: '' },
  });
  // useWatch rather than watch(): it is a hook the React Compiler can reason about.
  const newPassphraseValue = useWatch({ control, name: 'newPassphrase' });

  const onSubmit = handleSubmit(async ({ recoveryCode, newPassphrase }) => {
    try {
      await invoke('vault.recover', { recoveryCode, newPassphrase });
      useVaultStore.getState().unlocked();
      showToast({
        tone: 'success',
        title: 'New passphrase set',
        description: 'Use it from now on. Your recovery code still works; keep it where it was.',
      });
    } catch (error) {
      if (isVaultFileProblem(error)) {
        onVaultProblem({ code: error.code, message: error.message });
        return;
      }
      applyServerError(error, setError, {
        byCode: { WRONG_RECOVERY_CODE: 'recoveryCode', WEAK_PASSPHRASE: 'newPassphrase' },
        byServerField: {
          recoveryCode: 'recoveryCode',
          newPassphrase: 'newPassphrase',
          passphrase: 'newPassphrase',
        },
      });
    }
  });

  return (
    <form
      className="form-stack"
      onSubmit={onSubmit}
      noValidate
      aria-label="Reset passphrase with the recovery code"
    >
      {errors.root?.server && (
        <Alert tone="danger" role="alert" title="The vault did not open">
          {errors.root.server.message}
        </Alert>
      )}
      <TextField
        label="Recovery code"
        className="recover__code"
        placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        autoFocus
        hint="Hyphens, spaces and lower case do not matter."
        error={errors.recoveryCode?.message}
        {...register('recoveryCode')}
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
        <Button variant="ghost" size="lg" onClick={onCancel}>
          Back
        </Button>
        <Button type="submit" variant="primary" size="lg" className="recover__submit" pending={isSubmitting}>
          {isSubmitting ? 'Opening the vault…' : 'Set new passphrase and unlock'}
        </Button>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { applyServerError } from '../../ui/form-errors';
import { PassphraseField } from '../../ui/PassphraseField';
import { existingPassphraseSchema } from './passphrase-schema';
import { type VaultProblem, isVaultFileProblem, useVaultStore } from './vault-store';

const schema = z.object({ passphrase: existingPassphraseSchema });
type UnlockValues = z.infer<typeof schema>;

interface UnlockFormProps {
  onForgot(): void;
  onVaultProblem(problem: VaultProblem): void;
}

export function UnlockForm({ onForgot, onVaultProblem }: UnlockFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<UnlockValues>({ resolver: zodResolver(schema), defaultValues: { passphrase: '' } });

  const onSubmit = handleSubmit(async ({ passphrase }) => {
    try {
      await invoke('vault.unlock', { passphrase });
      useVaultStore.getState().unlocked();
    } catch (error) {
      if (isVaultFileProblem(error)) {
        onVaultProblem({ code: error.code, message: error.message });
        return;
      }
      // A wrong passphrase is cleared so the next attempt starts clean; the message stays beside the field.
      resetField('passphrase');
      applyServerError(error, setError, { byCode: { WRONG_PASSPHRASE: 'passphrase' } });
    }
  });

  return (
    <form className="form-stack" onSubmit={onSubmit} noValidate aria-label="Unlock">
      {errors.root?.server && (
        <Alert tone="danger" role="alert" title="The vault did not open">
          {errors.root.server.message}
        </Alert>
      )}
      <PassphraseField
        label="Passphrase"
        autoComplete="current-password"
        autoFocus
        error={errors.passphrase?.message}
        {...register('passphrase')}
      />
      <Button type="submit" variant="primary" size="lg" fullWidth pending={isSubmitting}>
        {isSubmitting ? 'Unlocking…' : 'Unlock'}
      </Button>
      <p className="unlock__forgot">
        Forgot your passphrase?{' '}
        <Button variant="link" onClick={onForgot}>
          Use the recovery code
        </Button>
      </p>
    </form>
  );
}

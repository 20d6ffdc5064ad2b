import { useState } from 'react';
import { AuthHeader, AuthLayout } from '../../ui/AuthLayout';
import { Alert } from '../../ui/Alert';
import { HardDriveIcon } from '../../ui/icons';
import { RecoverForm } from './RecoverForm';
import { UnlockForm } from './UnlockForm';
import { VaultProblemPanel } from './VaultProblemPanel';
import { type LockNotice, type VaultProblem, useVaultStore } from './vault-store';
import './unlock.css';

type Mode = 'passphrase' | 'recovery-code';

/** The locked state: the passphrase, or the recovery code when the passphrase is forgotten. */
export function UnlockScreen({ notice }: { notice: LockNotice | null }) {
  const location = useVaultStore((state) => state.location);
  const [mode, setMode] = useState<Mode>('passphrase');
  const [problem, setProblem] = useState<VaultProblem | null>(null);

  if (problem) {
    return (
      <AuthLayout testId="unlock-screen">
        <VaultProblemPanel problem={problem} location={location} onRetry={() => setProblem(null)} />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout testId="unlock-screen">
      {mode === 'passphrase' ? (
        <>
          <AuthHeader eyebrow="Vault locked" title="Unlock Safe Harbor">
            <p>Enter your passphrase to open the encrypted vault.</p>
          </AuthHeader>
          {notice && (
            <Alert tone="info" role="status" className="lock-notice">
              <span data-testid="lock-notice">{notice.message}</span>
            </Alert>
          )}
          <UnlockForm onForgot={() => setMode('recovery-code')} onVaultProblem={setProblem} />
        </>
      ) : (
        <>
          <AuthHeader eyebrow="Recovery" title="Set a new passphrase">
            <p>
              Enter the recovery code you stored when the vault was created, then choose a new passphrase.
              Nothing in the vault changes except the passphrase that opens it.
            </p>
          </AuthHeader>
          <RecoverForm onCancel={() => setMode('passphrase')} onVaultProblem={setProblem} />
        </>
      )}
      {location && (
        <p className="auth-footnote" data-testid="vault-location">
          <HardDriveIcon size={15} />
          <span>
            Vault: <code>{location}</code>
          </span>
        </p>
      )}
    </AuthLayout>
  );
}

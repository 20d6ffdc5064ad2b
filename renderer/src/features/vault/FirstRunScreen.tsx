import { useState } from 'react';
import { AuthHeader, AuthLayout } from '../../ui/AuthLayout';
import { Button } from '../../ui/Button';
import { RestoreFirstRun } from '../safety/RestoreFirstRun';
import { InfoIcon } from '../../ui/icons';
import { CreateVaultForm } from './CreateVaultForm';

/** Shown when no vault exists yet: welcome, and the passphrase that will protect it. */
export function FirstRunScreen() {
  const [restoring, setRestoring] = useState(false);
  if (restoring) return <RestoreFirstRun onBack={() => setRestoring(false)} />;
  return (
    <AuthLayout testId="first-run">
      <AuthHeader eyebrow="Welcome · Step 1 of 2" title="Create your encrypted vault">
        <p>
          Everything you record in Safe Harbor is kept in one encrypted vault on this computer. Choose the
          passphrase that will open it.
        </p>
      </AuthHeader>
      <CreateVaultForm />
      <p className="auth-footnote">
        <InfoIcon size={15} />
        <span>
          There is no “reset by email”: no one, including us, can open the vault without your passphrase. Next
          you will receive a recovery code to keep apart from this computer.
        </span>
      </p>
      <p className="auth-footnote auth-footnote--action">
        <span>A new computer after a lost or seized one?</span>
        <Button variant="link" onClick={() => setRestoring(true)}>
          Restore a backup instead
        </Button>
      </p>
    </AuthLayout>
  );
}

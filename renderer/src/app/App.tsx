import { useEffect } from 'react';
import { FirstRunScreen } from '../features/vault/FirstRunScreen';
import { RecoveryCodeScreen } from '../features/vault/RecoveryCodeScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { VaultProblemPanel } from '../features/vault/VaultProblemPanel';
import { type VaultPhase, useVaultStore } from '../features/vault/vault-store';
import { AuthLayout } from '../ui/AuthLayout';
import { Toaster } from '../ui/Toaster';
import { TooltipProvider } from '../ui/Tooltip';
import { AppFrame } from './AppFrame';
import { listenForLocks } from './session';

export function App() {
  const phase = useVaultStore((state) => state.phase);
  useEffect(() => {
    void useVaultStore.getState().load();
    return listenForLocks();
  }, []);

  return (
    <TooltipProvider delayDuration={500}>
      <PhaseScreen phase={phase} />
      <Toaster />
    </TooltipProvider>
  );
}

function PhaseScreen({ phase }: { phase: VaultPhase }) {
  const location = useVaultStore((state) => state.location);
  switch (phase.name) {
    case 'starting':
      // Checking the vault takes a few milliseconds; an empty frame avoids a flash of a wrong screen.
      return <div className="starting" aria-busy="true" />;
    case 'unavailable':
      return (
        <AuthLayout testId="vault-unavailable">
          <VaultProblemPanel
            problem={phase.problem}
            location={location}
            onRetry={() => void useVaultStore.getState().load()}
          />
        </AuthLayout>
      );
    case 'absent':
      return <FirstRunScreen />;
    case 'recovery-code':
      return <RecoveryCodeScreen recoveryCode={phase.recoveryCode} />;
    case 'locked':
      return <UnlockScreen notice={phase.notice} />;
    case 'unlocked':
      return <AppFrame />;
  }
}

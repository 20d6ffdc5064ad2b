import { useEffect } from 'react';
import { hasCommandShiftModifier } from '../../ui/shortcuts';
import { VisitLauncher } from './VisitLauncher';
import { VisitScreen } from './VisitScreen';
import { useVisitStore } from './visit-store';

export const VISIT_LAUNCHER_KEY = 'K';

/** Mounted once in the app frame: Ctrl/Cmd+Shift+K opens the launcher; the visit screen covers the app while on. */
export function VisitLayer() {
  const active = useVisitStore((state) => state.active);
  const launcherOpen = useVisitStore((state) => state.launcherOpen);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !hasCommandShiftModifier(event) || event.code !== `Key${VISIT_LAUNCHER_KEY}`)
        return;
      event.preventDefault();
      if (!useVisitStore.getState().active) useVisitStore.getState().openLauncher();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      {launcherOpen && !active && <VisitLauncher />}
      {active && <VisitScreen key={active.clientId} visit={active} />}
    </>
  );
}

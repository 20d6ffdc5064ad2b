import { type ComponentType, useEffect, useLayoutEffect, useRef } from 'react';
import { BoardScreen } from '../features/board/BoardScreen';
import { DeadlinesScreen } from '../features/deadlines/DeadlinesScreen';
import { DossiersScreen } from '../features/dossiers/DossiersScreen';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { PrivacyBanner } from '../features/privacy/PrivacyBanner';
import { CommandPalette } from '../features/search/CommandPalette';
import { BackupReminderBanner } from '../features/safety/BackupReminderBanner';
import { BlurShield } from '../features/safety/BlurShield';
import { VisitLayer } from '../features/visit/VisitLayer';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useSettingsStore } from '../features/settings/settings-store';
import { useNavigationStore } from './navigation-store';
import type { SectionId } from './sections';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './use-global-shortcuts';
import './app-frame.css';

const SCREENS: Record<SectionId, ComponentType> = {
  dossiers: DossiersScreen,
  deadlines: DeadlinesScreen,
  evidence: EvidenceScreen,
  board: BoardScreen,
  settings: SettingsScreen,
};

/** The unlocked app: navigation on the left, the open section on the right. */
export function AppFrame() {
  const section = useNavigationStore((state) => state.section);
  const mainRef = useRef<HTMLElement>(null);
  useGlobalShortcuts();
  // Each section opens at its top, not at the scroll position the previous one left. A layout effect, so it runs
  // before the new screen's own effects (Settings scrolls to a panel another screen asked for).
  useLayoutEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [section]);
  // Settings are loaded up front: the lock notice needs the idle minutes even if Settings was never opened.
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);

  const Screen = SCREENS[section];
  return (
    <div className="app-frame" data-testid="app-frame">
      <a className="skip-link" href="#main-content">
        Skip to content
      </a>
      <Sidebar />
      <div className="app-column">
        <PrivacyBanner />
        <BackupReminderBanner />
        <main ref={mainRef} className="app-main" id="main-content" tabIndex={-1}>
          {/* Keyed by section so each page mounts fresh and moves focus to its heading. */}
          <Screen key={section} />
        </main>
      </div>
      <VisitLayer />
      <BlurShield />
      <CommandPalette />
    </div>
  );
}

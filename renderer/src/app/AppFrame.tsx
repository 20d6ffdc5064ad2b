import { type ComponentType, useEffect } from 'react';
import { BoardScreen } from '../features/board/BoardScreen';
import { DossiersScreen } from '../features/dossiers/DossiersScreen';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useSettingsStore } from '../features/settings/settings-store';
import { useNavigationStore } from './navigation-store';
import type { SectionId } from './sections';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './use-global-shortcuts';
import './app-frame.css';

const SCREENS: Record<SectionId, ComponentType> = {
  dossiers: DossiersScreen,
  evidence: EvidenceScreen,
  board: BoardScreen,
  settings: SettingsScreen,
};

/** The unlocked app: navigation on the left, the open section on the right. */
export function AppFrame() {
  const section = useNavigationStore((state) => state.section);
  useGlobalShortcuts();
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
      <main className="app-main" id="main-content" tabIndex={-1}>
        {/* Keyed by section so each page mounts fresh and moves focus to its heading. */}
        <Screen key={section} />
      </main>
    </div>
  );
}

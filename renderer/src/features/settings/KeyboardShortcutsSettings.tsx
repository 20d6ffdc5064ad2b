import type { ReactNode } from 'react';
import { SECTIONS } from '../../app/sections';
import { KeyboardIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { Shortcut } from '../../ui/Shortcut';
import { PrivacyShortcut } from '../privacy/privacy-shortcut';
import { PanicShortcut } from '../safety/PanicShortcut';
import { VISIT_LAUNCHER_KEY } from '../visit/VisitLayer';

/** Keys that work in one screen, drawn as plain key caps. */
function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="shortcut">
      {keys.map((key) => (
        <kbd key={key}>{key}</kbd>
      ))}
    </span>
  );
}

const ROWS: readonly { label: string; keys: ReactNode }[] = [
  { label: 'Lock the vault now', keys: <Shortcut keyLabel="L" /> },
  { label: 'Lock from anywhere, even from another program', keys: <PanicShortcut /> },
  { label: 'Start a visit (choose the client)', keys: <Shortcut keyLabel={VISIT_LAUNCHER_KEY} shift /> },
  { label: 'Privacy mode on or off (names as initials)', keys: <PrivacyShortcut /> },
  ...SECTIONS.map((section) => ({
    label: `Open ${section.label}`,
    keys: <Shortcut keyLabel={section.shortcutKey} />,
  })),
  { label: 'Deadlines: filter by name or rule', keys: <Keys keys={['/']} /> },
  { label: 'Deadlines: move between rows', keys: <Keys keys={['↑', '↓', 'Home', 'End']} /> },
  { label: 'Deadlines: open the dossier', keys: <Keys keys={['Enter']} /> },
];

export function KeyboardShortcutsSettings() {
  return (
    <Panel
      id="settings-shortcuts"
      icon={<KeyboardIcon size={18} />}
      title="Keyboard shortcuts"
      description="Every action can be reached with the keyboard; Tab moves through the page in reading order."
    >
      <dl className="shortcut-list">
        {ROWS.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.keys}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}

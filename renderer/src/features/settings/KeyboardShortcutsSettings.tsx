import { SECTIONS } from '../../app/sections';
import { KeyboardIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { Shortcut } from '../../ui/Shortcut';

export function KeyboardShortcutsSettings() {
  return (
    <Panel
      id="settings-shortcuts"
      icon={<KeyboardIcon size={18} />}
      title="Keyboard shortcuts"
      description="Every action can be reached with the keyboard; Tab moves through the page in reading order."
    >
      <dl className="shortcut-list">
        <div>
          <dt>Lock the vault now</dt>
          <dd>
            <Shortcut keyLabel="L" />
          </dd>
        </div>
        {SECTIONS.map((section) => (
          <div key={section.id}>
            <dt>Open {section.label}</dt>
            <dd>
              <Shortcut keyLabel={section.shortcutKey} />
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}

import type { ComponentType } from 'react';
import { RadioGroup } from 'radix-ui';
import { type ThemeChoice, useThemeStore } from '../../app/theme';
import { type IconProps, MonitorIcon, MoonIcon, SunIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';

const OPTIONS: readonly {
  value: ThemeChoice;
  label: string;
  detail: string;
  Icon: ComponentType<IconProps>;
}[] = [
  { value: 'system', label: 'System', detail: 'Follow this computer', Icon: MonitorIcon },
  { value: 'light', label: 'Light', detail: 'Always light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', detail: 'Always dark', Icon: MoonIcon },
];

export function AppearanceSettings() {
  const choice = useThemeStore((state) => state.choice);
  const setChoice = useThemeStore((state) => state.setChoice);
  return (
    <Panel
      id="settings-appearance"
      icon={<SunIcon size={18} />}
      title="Appearance"
      description="Saved on this computer, outside the vault: it holds no client data."
    >
      <RadioGroup.Root
        className="theme-options"
        value={choice}
        onValueChange={(value) => setChoice(value as ThemeChoice)}
        aria-label="Theme"
      >
        {OPTIONS.map(({ value, label, detail, Icon }) => (
          <RadioGroup.Item key={value} value={value} className="theme-option" aria-label={label}>
            <span className={`theme-option__preview theme-option__preview--${value}`} aria-hidden="true">
              <span />
              <span />
            </span>
            <span className="theme-option__text">
              <span className="theme-option__label">
                <Icon size={15} />
                {label}
              </span>
              <span className="theme-option__detail">{detail}</span>
            </span>
            <RadioGroup.Indicator className="theme-option__check" />
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </Panel>
  );
}

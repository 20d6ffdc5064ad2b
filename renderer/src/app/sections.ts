import type { ComponentType } from 'react';
import {
  CalendarClockIcon,
  ColumnsIcon,
  FilesIcon,
  FolderIcon,
  type IconProps,
  SettingsIcon,
} from '../ui/icons';

export type SectionId = 'dossiers' | 'deadlines' | 'evidence' | 'board' | 'settings';

export interface Section {
  id: SectionId;
  label: string;
  /** The digit that, with Ctrl/Cmd, opens the section. */
  shortcutKey: string;
  Icon: ComponentType<IconProps>;
}

/**
 * The app's sections in navigation order; the order also gives the Ctrl/Cmd+1..5 shortcuts. Metadata only, so
 * features (the shortcut list in Settings) can import it; AppFrame maps ids to screens.
 */
export const SECTIONS: readonly Section[] = [
  { id: 'dossiers', label: 'Dossiers', shortcutKey: '1', Icon: FolderIcon },
  { id: 'deadlines', label: 'Deadlines', shortcutKey: '2', Icon: CalendarClockIcon },
  { id: 'evidence', label: 'Evidence', shortcutKey: '3', Icon: FilesIcon },
  { id: 'board', label: 'Board', shortcutKey: '4', Icon: ColumnsIcon },
  { id: 'settings', label: 'Settings', shortcutKey: '5', Icon: SettingsIcon },
];

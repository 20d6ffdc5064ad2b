import type { ReactNode, SVGProps } from 'react';

/**
 * Line icons drawn on a 24-unit grid. Inline SVG elements, not an icon font or data URLs, so they follow
 * `currentColor` and need nothing from the Content Security Policy. Decorative by default (aria-hidden):
 * the control that holds one carries the accessible name.
 */
export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

/** Makes one icon component; features draw their own icons with it so every icon behaves the same way. */
export function defineIcon(name: string, paths: ReactNode, defaultSize = 18) {
  function Icon({ size = defaultSize, ...props }: IconProps) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.75}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...props}
      >
        {paths}
      </svg>
    );
  }
  Icon.displayName = `${name}Icon`;
  return Icon;
}

const icon = (name: string, paths: ReactNode) => defineIcon(name, paths);

export const ShieldIcon = icon(
  'Shield',
  <path d="M12 3 4.5 6v5.5c0 4.6 3.1 8.3 7.5 9.5 4.4-1.2 7.5-4.9 7.5-9.5V6L12 3Z" />,
);

export const ShieldCheckIcon = icon(
  'ShieldCheck',
  <>
    <path d="M12 3 4.5 6v5.5c0 4.6 3.1 8.3 7.5 9.5 4.4-1.2 7.5-4.9 7.5-9.5V6L12 3Z" />
    <path d="m9 12 2 2 4-4" />
  </>,
);

export const LockIcon = icon(
  'Lock',
  <>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7.5a4 4 0 0 1 8 0V11" />
  </>,
);

export const UnlockIcon = icon(
  'Unlock',
  <>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7.5a4 4 0 0 1 7.7-1.5" />
  </>,
);

export const KeyIcon = icon(
  'Key',
  <>
    <circle cx="8" cy="15" r="4" />
    <path d="m10.8 12.2 8.7-8.7M16.5 6.5l2.5 2.5M14.5 8.5l2 2" />
  </>,
);

export const FolderIcon = icon(
  'Folder',
  <path d="M3.5 7.5a2 2 0 0 1 2-2h3.6l2 2.2h7.4a2 2 0 0 1 2 2v7.8a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2V7.5Z" />,
);

export const FilesIcon = icon(
  'Files',
  <>
    <path d="M14 3H8a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2V8l-5-5Z" />
    <path d="M14 3v5h5M3.5 8v11a2 2 0 0 0 2 2h9" />
  </>,
);

export const ColumnsIcon = icon(
  'Columns',
  <>
    <rect x="3.5" y="4" width="17" height="16" rx="2" />
    <path d="M9.2 4v16M14.8 4v16" />
  </>,
);

export const SettingsIcon = icon(
  'Settings',
  <>
    <path d="M4 7h9M17 7h3M4 17h3M11 17h9" />
    <circle cx="15" cy="7" r="2" />
    <circle cx="9" cy="17" r="2" />
  </>,
);

export const EyeIcon = icon(
  'Eye',
  <>
    <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Z" />
    <circle cx="12" cy="12" r="3" />
  </>,
);

export const EyeOffIcon = icon(
  'EyeOff',
  <>
    <path d="M10.6 5.6A9.9 9.9 0 0 1 12 5.5c6 0 9.5 6.5 9.5 6.5a16.4 16.4 0 0 1-2.6 3.4M6.6 6.6C4 8.3 2.5 12 2.5 12S6 18.5 12 18.5c1.9 0 3.5-.6 4.9-1.5" />
    <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2M3 3l18 18" />
  </>,
);

export const CopyIcon = icon(
  'Copy',
  <>
    <rect x="8.5" y="8.5" width="12" height="12" rx="2" />
    <path d="M15.5 8.5V5.5a2 2 0 0 0-2-2h-8a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h3" />
  </>,
);

export const PrinterIcon = icon(
  'Printer',
  <>
    <path d="M7 9V3.5h10V9" />
    <rect x="3.5" y="9" width="17" height="8" rx="2" />
    <path d="M7 14h10v6.5H7z" />
  </>,
);

export const DownloadIcon = icon(
  'Download',
  <>
    <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5" />
    <path d="M4.5 16.5v2a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-2" />
  </>,
);

export const CheckIcon = icon('Check', <path d="m5 12.5 4.5 4.5L19 7.5" />);

export const CheckCircleIcon = icon(
  'CheckCircle',
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="m8.5 12.2 2.4 2.4 4.8-4.9" />
  </>,
);

export const AlertTriangleIcon = icon(
  'AlertTriangle',
  <>
    <path d="M10.3 4.1 2.6 17.5a2 2 0 0 0 1.7 3h15.4a2 2 0 0 0 1.7-3L13.7 4.1a2 2 0 0 0-3.4 0Z" />
    <path d="M12 9.5v4M12 17h.01" />
  </>,
);

export const AlertOctagonIcon = icon(
  'AlertOctagon',
  <>
    <path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3L8.3 3Z" />
    <path d="M12 8v4.5M12 16h.01" />
  </>,
);

export const InfoIcon = icon(
  'Info',
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5M12 8h.01" />
  </>,
);

export const SunIcon = icon(
  'Sun',
  <>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2.5v2M12 19.5v2M4.6 4.6 6 6M18 18l1.4 1.4M2.5 12h2M19.5 12h2M4.6 19.4 6 18M18 6l1.4-1.4" />
  </>,
);

export const MoonIcon = icon('Moon', <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />);

export const MonitorIcon = icon(
  'Monitor',
  <>
    <rect x="3" y="4" width="18" height="12.5" rx="2" />
    <path d="M8.5 20.5h7M12 16.5v4" />
  </>,
);

export const HardDriveIcon = icon(
  'HardDrive',
  <>
    <rect x="3" y="13" width="18" height="7" rx="2" />
    <path d="M5.5 13 8 5.5h8l2.5 7.5M7 16.5h.01M10 16.5h.01" />
  </>,
);

export const ClockIcon = icon(
  'Clock',
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7.5V12l3 2" />
  </>,
);

export const KeyboardIcon = icon(
  'Keyboard',
  <>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6 10h.01M9.5 10h.01M13 10h.01M16.5 10h.01M6.5 14.5h11" />
  </>,
);

export const ArrowLeftIcon = icon('ArrowLeft', <path d="M19 12H5M11 6l-6 6 6 6" />);

export const ArrowRightIcon = icon('ArrowRight', <path d="M5 12h14M13 6l6 6-6 6" />);

export const WifiOffIcon = icon(
  'WifiOff',
  <>
    <path d="M3 3l18 18M8.5 16.4a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 4-2.4M19 12.9a10 10 0 0 0-2.2-1.6M2 9.2a14.5 14.5 0 0 1 4.2-2.6M22 9.2A14.5 14.5 0 0 0 11 5.6" />
    <path d="M12 20h.01" />
  </>,
);

export const XIcon = icon('X', <path d="M6 6l12 12M18 6 6 18" />);

export const ScaleIcon = icon(
  'Scale',
  <>
    <path d="M12 3.5v17M7.5 20.5h9M4.5 7h15M12 5l-7.5 2M12 5l7.5 2" />
    <path d="M4.5 7 2 13a3 3 0 0 0 5 0L4.5 7ZM19.5 7 17 13a3 3 0 0 0 5 0l-2.5-6Z" />
  </>,
);

export const CalendarClockIcon = icon(
  'CalendarClock',
  <>
    <path d="M20 11V6.5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2V18a2 2 0 0 0 2 2h5" />
    <path d="M8 3v3M16 3v3M4 9.5h16" />
    <circle cx="17" cy="17" r="4" />
    <path d="M17 15.3V17l1.2 1" />
  </>,
);

export const SearchIcon = icon(
  'Search',
  <>
    <circle cx="11" cy="11" r="6.5" />
    <path d="m20 20-4.4-4.4" />
  </>,
);

export const ChevronRightIcon = icon('ChevronRight', <path d="m9.5 6 6 6-6 6" />);

export const ChevronDownIcon = icon('ChevronDown', <path d="m6 9.5 6 6 6-6" />);

export const RotateCcwIcon = icon(
  'RotateCcw',
  <>
    <path d="M4 5v5h5" />
    <path d="M4.6 14.5A7.5 7.5 0 1 0 6.3 7L4 9.5" />
  </>,
);

export const BookIcon = icon(
  'Book',
  <>
    <path d="M5 4.5A1.5 1.5 0 0 1 6.5 3H19v15H6.5A1.5 1.5 0 0 0 5 19.5v-15Z" />
    <path d="M5 19.5A1.5 1.5 0 0 0 6.5 21H19v-3M9 7.5h6" />
  </>,
);

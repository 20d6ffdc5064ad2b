import type { ReactNode } from 'react';
import { defineIcon } from '../../ui/icons';

/** A few line icons the board needs, drawn like the design system's (24-unit grid, currentColor, decorative). */
const icon = (name: string, paths: ReactNode) => defineIcon(name, paths, 16);

export const UserIcon = icon(
  'User',
  <>
    <circle cx="12" cy="8" r="3.5" />
    <path d="M5 20c.8-3.5 3.6-5.5 7-5.5s6.2 2 7 5.5" />
  </>,
);

export const LinkIcon = icon(
  'Link',
  <>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </>,
);

export const BlockedIcon = icon(
  'Blocked',
  <>
    <circle cx="12" cy="12" r="8" />
    <path d="m6.5 6.5 11 11" />
  </>,
);

export const FlagIcon = icon(
  'Flag',
  <>
    <path d="M5 21V4" />
    <path d="M5 4h11l-2 4 2 4H5" />
  </>,
);

export const PlusIcon = icon('Plus', <path d="M12 5v14M5 12h14" />);

export const MoveIcon = icon(
  'Move',
  <>
    <path d="M12 3v18M3 12h18" />
    <path d="m9 6 3-3 3 3M9 18l3 3 3-3M6 9l-3 3 3 3M18 9l3 3-3 3" />
  </>,
);

export const MessageIcon = icon('Message', <path d="M4 5h16v11H9l-5 4V5Z" />);

export const UsersIcon = icon(
  'Users',
  <>
    <circle cx="9" cy="8" r="3" />
    <path d="M3.5 19c.6-3 2.8-4.8 5.5-4.8s4.9 1.8 5.5 4.8" />
    <path d="M16 5.2a3 3 0 0 1 0 5.6M17.5 14.4c1.6.6 2.7 2.2 3 4.6" />
  </>,
);

export const SparkIcon = icon(
  'Spark',
  <path d="M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2.5 2.5M15.5 15.5 18 18M6 18l2.5-2.5M15.5 8.5 18 6" />,
);

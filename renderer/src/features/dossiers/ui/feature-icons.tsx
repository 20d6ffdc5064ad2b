import { defineIcon } from '../../../ui/icons';

/**
 * Icons the dossier screens need beyond the shared set, drawn the same way (24-unit grid, 1.75 stroke, currentColor,
 * aria-hidden). Candidates for renderer/src/ui/icons.tsx once another feature needs them.
 */
const icon = defineIcon;

export const PlusIcon = icon('Plus', <path d="M12 5v14M5 12h14" />);

export const PencilIcon = icon(
  'Pencil',
  <>
    <path d="M4 20h4L19 9a2.1 2.1 0 0 0-3-3L5 17v3Z" />
    <path d="m14.5 7.5 3 3" />
  </>,
);

export const TrashIcon = icon(
  'Trash',
  <>
    <path d="M4.5 7h15M10 11v6M14 11v6" />
    <path d="M6.5 7l.8 11.2a2 2 0 0 0 2 1.8h5.4a2 2 0 0 0 2-1.8L17.5 7M9.5 7V5a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v2" />
  </>,
);

export const FilterIcon = icon('Filter', <path d="M4 5h16l-6 7.5V19l-4-2v-4.5L4 5Z" />);

export const UserPlusIcon = icon(
  'UserPlus',
  <>
    <circle cx="10" cy="8" r="3.5" />
    <path d="M3.5 20a6.5 6.5 0 0 1 13 0M19 8v6M16 11h6" />
  </>,
);

export const HistoryIcon = icon(
  'History',
  <>
    <path d="M3.5 12a8.5 8.5 0 1 0 2.6-6.1L3.5 8.5" />
    <path d="M3.5 4v4.5H8M12 8v4.5l3 2" />
  </>,
);

export const TimelineIcon = icon(
  'Timeline',
  <>
    <path d="M6 3v18" />
    <circle cx="6" cy="7" r="2" />
    <circle cx="6" cy="16" r="2" />
    <path d="M10 7h10M10 16h7" />
  </>,
);

export const SortIcon = icon('Sort', <path d="M7 4v16M4 7l3-3 3 3M17 20V4M14 17l3 3 3-3" />);

export const GlobeIcon = icon(
  'Globe',
  <>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M3.5 12h17M12 3.5c2.3 2.4 3.5 5.2 3.5 8.5s-1.2 6.1-3.5 8.5c-2.3-2.4-3.5-5.2-3.5-8.5S9.7 5.9 12 3.5Z" />
  </>,
);

export const FlagIcon = icon('Flag', <path d="M5 21V4M5 4h11l-2 4 2 4H5" />);

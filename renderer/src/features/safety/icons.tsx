import { defineIcon } from '../../ui/icons';

/** Icons of the field-safety features, drawn like those of src/ui/icons.tsx (24-unit grid, currentColor). */
const icon = defineIcon;

export const ArchiveIcon = icon(
  'Archive',
  <>
    <rect x="3" y="4" width="18" height="4.5" rx="1.2" />
    <path d="M5 8.5V18a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8.5M10 12.5h4" />
  </>,
);

export const ShieldAlertIcon = icon(
  'ShieldAlert',
  <>
    <path d="M12 3 5 6v5.5c0 4.3 3 7.9 7 9.5 4-1.6 7-5.2 7-9.5V6l-7-3Z" />
    <path d="M12 8.5v4M12 15.8v.2" />
  </>,
);

export const UsersIcon = icon(
  'Users',
  <>
    <circle cx="9" cy="8.5" r="3.2" />
    <path d="M3.5 19a5.5 5.5 0 0 1 11 0M15.5 5.6a3.2 3.2 0 0 1 0 5.8M17.5 14.3A5.5 5.5 0 0 1 20.5 19" />
  </>,
);

export const UploadIcon = icon(
  'Upload',
  <>
    <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5" />
    <path d="M4.5 15v3a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-3" />
  </>,
);

export const TimerIcon = icon(
  'Timer',
  <>
    <circle cx="12" cy="13.5" r="7" />
    <path d="M12 10v3.7l2.3 1.4M9.5 3h5M19 6.5l-1.3 1.3" />
  </>,
);

export const MessageIcon = icon(
  'Message',
  <path d="M20 12.5a7.5 7.5 0 0 1-10.9 6.7L4 20.5l1.4-4.6A7.5 7.5 0 1 1 20 12.5Z" />,
);

export const PlayIcon = icon('Play', <path d="M8 5.5v13l10-6.5-10-6.5Z" />);

export const PauseIcon = icon('Pause', <path d="M9 5.5v13M15 5.5v13" />);

export const FileCheckIcon = icon(
  'FileCheck',
  <>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Z" />
    <path d="M14 3v5h5M9 14.5l2 2 4-4" />
  </>,
);

export const PlusIcon = icon('Plus', <path d="M12 5v14M5 12h14" />);

export const TrashIcon = icon(
  'Trash',
  <>
    <path d="M4.5 7h15M10 11v6M14 11v6" />
    <path d="M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4.5h6V7" />
  </>,
);

export const LanguagesIcon = icon(
  'Languages',
  <>
    <path d="M4 5h8M8 3v2M10.5 5c-.8 4-3.4 7-6.5 8.5M6 8.5c1 2 2.8 3.7 5 4.5" />
    <path d="m12.5 20 3.5-8 3.5 8M13.6 17.5h4.8" />
  </>,
);

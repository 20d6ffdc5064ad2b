import { defineIcon } from '../../ui/icons';

/**
 * Icons the evidence screens need beyond the shared set, drawn the same way (24-unit grid, 1.75 stroke, currentColor,
 * aria-hidden).
 */
const icon = defineIcon;

export const PaperclipIcon = icon(
  'Paperclip',
  <path d="m20 11.5-8.2 8.2a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8" />,
);
export const UploadIcon = icon(
  'Upload',
  <>
    <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5" />
    <path d="M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
  </>,
);
export const FileTextIcon = icon(
  'FileText',
  <>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8Z" />
    <path d="M14 3v5h5M9 13h6M9 17h6" />
  </>,
);
export const ImageIcon = icon(
  'Image',
  <>
    <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
    <circle cx="9" cy="10" r="1.6" />
    <path d="m20.5 16-5-5L6 19.5" />
  </>,
);
export const ListChecksIcon = icon(
  'ListChecks',
  <>
    <path d="m4 6 1.5 1.5L8 5M4 12l1.5 1.5L8 11M4 18l1.5 1.5L8 17" />
    <path d="M11 6.5h9M11 12.5h9M11 18.5h9" />
  </>,
);
export const LayersIcon = icon(
  'Layers',
  <>
    <path d="m12 3 9 5-9 5-9-5 9-5Z" />
    <path d="m3 13 9 5 9-5" />
  </>,
);
export const HourglassIcon = icon(
  'Hourglass',
  <>
    <path d="M6 3h12M6 21h12" />
    <path d="M7 3v3a5 5 0 0 0 10 0V3M7 21v-3a5 5 0 0 1 10 0v3" />
  </>,
);
export const UserIcon = icon(
  'User',
  <>
    <circle cx="12" cy="8" r="3.5" />
    <path d="M5 20a7 7 0 0 1 14 0" />
  </>,
);
export const PlusIcon = icon('Plus', <path d="M12 5v14M5 12h14" />);
export const PencilIcon = icon(
  'Pencil',
  <>
    <path d="M4 20h4L19 9a2.1 2.1 0 0 0-3-3L5 17v3Z" />
    <path d="m14.5 7.5 3 3" />
  </>,
);
export const LanguagesIcon = icon(
  'Languages',
  <>
    <path d="M4 5h8M8 3v2M6 5c0 4 2.5 7 5.5 8M10 5c0 3.5-2.5 7-6 8.5" />
    <path d="m13 21 4-9 4 9M14.5 18h5" />
  </>,
);
export const FingerprintIcon = icon(
  'Fingerprint',
  <>
    <path d="M6.5 7.5A7 7 0 0 1 19 12v1.5" />
    <path d="M5 11.5V12a7 7 0 0 0 1.2 4" />
    <path d="M9 12a3 3 0 0 1 6 0c0 3-1 5.5-2.5 7.5" />
    <path d="M12 12c0 3-1 6-3 8M16.5 16.5c-.3 1.3-.8 2.6-1.5 3.7" />
  </>,
);
export const TrashIcon = icon(
  'Trash',
  <>
    <path d="M4 7h16M10 11v6M14 11v6" />
    <path d="M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
  </>,
);

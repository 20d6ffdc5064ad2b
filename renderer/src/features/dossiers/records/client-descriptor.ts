import type { SectionSpec } from './spec';
import { options } from './spec';

export const ALIAS_KIND_LABELS = {
  alias: 'Alias',
  transliteration: 'Transliteration',
  'birth-name': 'Birth name',
  'former-name': 'Former name',
} as const;

export const SCRIPT_LABELS = {
  latin: 'Latin',
  cyrillic: 'Cyrillic',
  arabic: 'Arabic',
  chinese: 'Chinese',
  other: 'Other script',
} as const;

export const DOCUMENT_TYPE_LABELS = {
  passport: 'Passport',
  'national-id': 'National ID',
  'birth-certificate': 'Birth certificate',
  'travel-document': 'Travel document',
  other: 'Other document',
} as const;

export const CHANNEL_LABELS = {
  phone: 'Phone',
  email: 'Email',
  signal: 'Signal',
  whatsapp: 'WhatsApp',
  address: 'Address',
  other: 'Other',
} as const;

export const RISK_LABELS = {
  safe: 'Safe',
  'at-risk': 'At risk',
  detained: 'Detained',
  harmed: 'Harmed',
  unknown: 'Unknown',
} as const;

export const CLIENT_STATUS_LABELS = { intake: 'Intake', active: 'Active', closed: 'Closed' } as const;

/** The client form, in the same descriptor terms as the records. */
export const CLIENT_SECTIONS: readonly SectionSpec[] = [
  {
    title: 'Identity',
    fields: [
      { kind: 'text', name: 'familyName', label: 'Family name', required: true },
      { kind: 'text', name: 'givenNames', label: 'Given names', required: true },
      { kind: 'date', name: 'dateOfBirth', label: 'Date of birth' },
      { kind: 'text', name: 'placeOfBirth', label: 'Place of birth', placeholder: 'City, country' },
      {
        kind: 'tags',
        name: 'nationalities',
        label: 'Nationalities',
        placeholder: 'Type a country and press Enter',
      },
      { kind: 'text', name: 'gender', label: 'Gender' },
    ],
  },
  {
    title: 'Names, aliases and transliterations',
    description:
      'INTERPOL notices and foreign documents spell names variously. Every spelling entered here is searchable from the dossier list.',
    columns: 1,
    fields: [
      {
        kind: 'array',
        name: 'aliases',
        label: 'Other names',
        itemLabel: 'Name',
        newItem: { name: '', kind: 'transliteration' },
        columns: 3,
        fields: [
          { kind: 'text', name: 'name', label: 'Name as written', required: true },
          { kind: 'select', name: 'kind', label: 'Kind', options: options(ALIAS_KIND_LABELS) },
          {
            kind: 'select',
            name: 'script',
            label: 'Script',
            optional: true,
            options: options(SCRIPT_LABELS),
          },
          {
            kind: 'text',
            name: 'note',
            label: 'Note',
            span: 'full',
            placeholder: 'Where this spelling appears',
          },
        ],
      },
    ],
  },
  {
    title: 'Identity documents',
    columns: 1,
    fields: [
      {
        kind: 'array',
        name: 'identityDocuments',
        label: 'Documents',
        itemLabel: 'Document',
        newItem: { type: 'passport' },
        columns: 3,
        fields: [
          { kind: 'select', name: 'type', label: 'Type', options: options(DOCUMENT_TYPE_LABELS) },
          { kind: 'text', name: 'number', label: 'Number', mono: true },
          { kind: 'text', name: 'country', label: 'Issuing country' },
          { kind: 'date', name: 'issuedOn', label: 'Issued' },
          { kind: 'date', name: 'expiresOn', label: 'Expires' },
          { kind: 'text', name: 'note', label: 'Note' },
        ],
      },
    ],
  },
  {
    title: 'Languages',
    fields: [
      {
        kind: 'tags',
        name: 'languages',
        label: 'Languages spoken',
        placeholder: 'Type a language and press Enter',
      },
      { kind: 'text', name: 'interpreterLanguage', label: 'Interpreter language' },
      { kind: 'tristate', name: 'interpreterNeeded', label: 'Interpreter needed', span: 'full' },
    ],
  },
  {
    title: 'Contacts',
    description:
      'A persecuting state may read the channel: record when and how it is safe to reach the client.',
    columns: 1,
    fields: [
      {
        kind: 'array',
        name: 'contacts',
        label: 'Contact channels',
        itemLabel: 'Contact',
        newItem: { channel: 'signal', value: '' },
        columns: 3,
        fields: [
          { kind: 'select', name: 'channel', label: 'Channel', options: options(CHANNEL_LABELS) },
          { kind: 'text', name: 'value', label: 'Number or address', required: true },
          { kind: 'date', name: 'since', label: 'Since' },
          {
            kind: 'textarea',
            name: 'safeContactInstructions',
            label: 'Safe-contact instructions',
            span: 'full',
            rows: 2,
            placeholder: 'e.g. Signal only; never call the family landline',
          },
        ],
      },
    ],
  },
  {
    title: 'Family',
    description: 'Relatives at home can be pressured or harmed: where they are, and the risk they face.',
    columns: 1,
    fields: [
      {
        kind: 'array',
        name: 'family',
        label: 'Family members',
        itemLabel: 'Family member',
        newItem: { name: '', relationship: '', risk: 'unknown' },
        columns: 3,
        fields: [
          { kind: 'text', name: 'name', label: 'Name', required: true },
          { kind: 'text', name: 'relationship', label: 'Relationship', required: true },
          { kind: 'select', name: 'risk', label: 'Risk', options: options(RISK_LABELS) },
          { kind: 'text', name: 'location', label: 'Location', span: 'full' },
          { kind: 'textarea', name: 'note', label: 'Note', span: 'full', rows: 2 },
        ],
      },
    ],
  },
  {
    title: 'Vulnerabilities',
    columns: 1,
    fields: [
      {
        kind: 'textarea',
        name: 'vulnerabilities',
        label: 'Medical or psychological vulnerabilities',
        rows: 3,
        hint: 'Torture sequelae, PTSD, conditions that bear on detention, testimony or credibility (Istanbul Protocol evaluations).',
      },
    ],
  },
  {
    title: 'The case',
    fields: [
      { kind: 'select', name: 'status', label: 'Status', options: options(CLIENT_STATUS_LABELS) },
      { kind: 'date', name: 'intakeDate', label: 'Intake date' },
    ],
  },
];

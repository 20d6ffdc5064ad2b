import { displayName } from '../../dossier/client';
import { HEARING_KIND_LABELS } from '../../dossier/timeline';
import {
  ALIAS_KIND_LABELS,
  CONTACT_CHANNEL_LABELS,
  DOCUMENT_TYPE_LABELS,
  FAMILY_RISK_LABELS,
  RELIEF_LABELS,
  SCRIPT_LABELS,
  TRI_STATE_LABELS,
} from '../labels';
import { cell, fields, joinNonEmpty, formatDate } from '../format';
import { type PdfContext, aNumber, nextHearing, ofKind, openCustody, shows } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** The client's page: identity, custody, the next hearing, names, documents, contacts, family. */
export function clientSection(ctx: PdfContext): SectionParts {
  return { blocks: clientBlocks(ctx) };
}

function clientBlocks(ctx: PdfContext): (Block | null)[] {
  const c = ctx.client;
  if (!ctx.clientDetails) {
    // Only the name: the rest of the client's page is not shared with this audience (the dialog says so).
    return [fields([['Name', cell(displayName(c), { bold: true })]])];
  }
  const immigration = ofKind(ctx.records, 'immigration')[0]?.data;
  const custody = openCustody(ctx);
  const hearing = nextHearing(ctx);
  const interpreter =
    c.interpreterNeeded === 'yes'
      ? cell(`Needed${c.interpreterLanguage ? ` — ${c.interpreterLanguage}` : ''}`, { bold: true })
      : TRI_STATE_LABELS[c.interpreterNeeded];

  const blocks: (Block | null)[] = [
    fields([
      ['Name', cell(displayName(c), { bold: true })],
      ['Date of birth', shows(ctx, 'date-of-birth') ? formatDate(c.dateOfBirth) : undefined],
      ['Place of birth', shows(ctx, 'date-of-birth') ? c.placeOfBirth : undefined],
      ['Nationality', c.nationalities.join(', ')],
      ['Gender', c.gender],
      ['Languages', c.languages.join(', ')],
      ['Interpreter', interpreter],
      ['A-number', aNumber(ctx)],
      [
        'Detention',
        custody
          ? cell(
              joinNonEmpty([
                custody.data.facility ?? 'Detained',
                shows(ctx, 'detention-ids') && custody.data.detaineeId && `ID ${custody.data.detaineeId}`,
                `since ${formatDate(custody.data.arrestDate)}`,
              ]),
              { tone: 'warning' },
            )
          : undefined,
      ],
      [
        'Next hearing',
        hearing
          ? joinNonEmpty([
              `${formatDate(hearing.data.date)}${hearing.data.time ? ` ${hearing.data.time}` : ''}`,
              HEARING_KIND_LABELS[hearing.data.kind],
              hearing.data.court,
              hearing.data.judge && `Judge ${hearing.data.judge}`,
            ])
          : undefined,
      ],
      [
        'Relief sought',
        immigration && immigration.reliefSought.length > 0
          ? immigration.reliefSought.map((r) => RELIEF_LABELS[r]).join(', ')
          : undefined,
      ],
      ['Status', c.status === 'intake' ? 'Intake' : c.status === 'active' ? 'Active' : 'Closed'],
      ['Intake date', formatDate(c.intakeDate)],
      ['Vulnerabilities', shows(ctx, 'vulnerabilities') ? c.vulnerabilities : undefined],
    ]),
  ];

  if (ctx.profile === 'visit') return blocks;

  if (c.aliases.length > 0) {
    blocks.push({ type: 'subheading', text: 'Names and spellings' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Name', width: 3 },
        { header: 'Kind', width: 1.6 },
        { header: 'Script', width: 1.2 },
        { header: 'Note', width: 2.6 },
      ],
      rows: c.aliases.map((a) => [
        cell(a.name, { bold: true }),
        cell(ALIAS_KIND_LABELS[a.kind]),
        cell(a.script ? SCRIPT_LABELS[a.script] : ''),
        cell(a.note),
      ]),
      empty: '',
    });
  }
  if (shows(ctx, 'identity-documents') && c.identityDocuments.length > 0) {
    blocks.push({ type: 'subheading', text: 'Identity documents' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Document', width: 1.6 },
        { header: 'Number', width: 1.6 },
        { header: 'Country', width: 1.4 },
        { header: 'Issued', width: 1.2 },
        { header: 'Expires', width: 1.2 },
      ],
      rows: c.identityDocuments.map((d) => [
        cell(DOCUMENT_TYPE_LABELS[d.type]),
        cell(d.number),
        cell(d.country),
        cell(formatDate(d.issuedOn)),
        cell(formatDate(d.expiresOn)),
      ]),
      empty: '',
    });
  }
  const contacts = c.contacts.filter((k) =>
    k.channel === 'address' ? shows(ctx, 'addresses') : shows(ctx, 'contacts'),
  );
  if (contacts.length > 0) {
    blocks.push({ type: 'subheading', text: 'Contacts and addresses' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Channel', width: 1.1 },
        { header: 'Contact', width: 2.6 },
        { header: 'Safe-contact instructions', width: 3.3 },
        { header: 'Since', width: 1.1 },
      ],
      rows: contacts.map((k) => [
        cell(CONTACT_CHANNEL_LABELS[k.channel]),
        cell(k.value),
        cell(shows(ctx, 'contacts') ? k.safeContactInstructions : ''),
        cell(formatDate(k.since)),
      ]),
      empty: '',
    });
  }
  if (shows(ctx, 'family') && c.family.length > 0) {
    blocks.push({ type: 'subheading', text: 'Family' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Name', width: 2.2 },
        { header: 'Relationship', width: 1.4 },
        { header: 'Location', width: 1.8 },
        { header: 'Risk', width: 1 },
        { header: 'Note', width: 2.4 },
      ],
      rows: c.family.map((f) => [
        cell(f.name),
        cell(f.relationship),
        cell(shows(ctx, 'addresses') ? f.location : ''),
        cell(FAMILY_RISK_LABELS[f.risk], {
          tone: f.risk === 'safe' ? 'ok' : f.risk === 'unknown' ? 'muted' : 'warning',
        }),
        cell(f.note),
      ]),
      empty: '',
    });
  }
  return blocks;
}

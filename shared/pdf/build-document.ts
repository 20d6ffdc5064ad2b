import { LANES, LANE_LABELS, CARD_STATUS_LABELS } from '../board/board';
import {
  ART83_PROSECUTION_MIN_YEARS,
  ART83_SENTENCE_MIN_MONTHS,
  article83PenaltyCheck,
  type Check,
} from '../deadlines/checks';
import type { ComputedDeadline } from '../deadlines/engine';
import { type Client, displayName } from '../dossier/client';
import { SHARING_SCOPE_LABELS, scopeAllows, type SharingScope } from '../dossier/common';
import type { Dossier } from '../dossier/dossier';
import {
  FRONTS,
  FRONT_LABELS,
  RECORD_FRONT,
  type DossierRecord,
  type Front,
  type RecordKind,
  type RecordOf,
} from '../dossier/records';
import {
  ARREST_AGENCY_LABELS,
  BOND_RESULT_LABELS,
  CCF_OUTCOME_LABELS,
  CCF_TYPE_LABELS,
  DECISION_BODY_LABELS,
  FOIA_AGENCY_LABELS,
  HEARING_KIND_LABELS,
  INCIDENT_ACT_LABELS,
  NOTICE_TYPE_LABELS,
  OUTCOME_LABELS,
  buildTimeline,
} from '../dossier/timeline';
import { EVIDENCE_CATEGORY_LABELS } from '../evidence/categories';
import { ITEM_STATUS_LABELS, isSettled } from '../evidence/checklist';
import { DEFAULT_VISIT_QUESTIONS } from '../visit/visit';
import {
  ACTOR_TYPE_LABELS,
  ALIAS_KIND_LABELS,
  ARREST_SETTING_LABELS,
  ARTICLE3_FACTOR_LABELS,
  CAME_TO_LIGHT_LABELS,
  CONTACT_CHANNEL_LABELS,
  DEFENCE_LABELS,
  DIRECTIVE_15006_LABELS,
  DOCUMENT_TYPE_LABELS,
  ENTRY_MANNER_LABELS,
  FAMILY_RISK_LABELS,
  FILE_ACCESS_LABELS,
  FILING_PLAN_LABELS,
  GROUND_LABELS,
  INDICATOR_LABELS,
  NOTICE_BASIS_LABELS,
  NOTICE_STATUS_LABELS,
  ONE_YEAR_EXCEPTION_LABELS,
  PARTY_ROLE_LABELS,
  RELIEF_LABELS,
  SCRIPT_LABELS,
  STAGE_LABELS,
  TRI_STATE_LABELS,
} from './labels';
import { type Block, type Cell, type Field, type PdfDocument, PRIVILEGE_LINE, type Section } from './model';
import {
  PDF_FIELD_LABELS,
  PDF_PROFILE_INFO,
  PDF_SECTION_LABELS,
  type PdfField,
  type PdfHideable,
  type PdfProfile,
  type PdfSection,
  isPdfField,
  hiddenFor,
  isPdfSection,
} from './profiles';
import type { PdfBoardCard, PdfCaseSources, PdfChecklist, PdfEvidenceItem } from './sources';

/**
 * dossier + profile + hidden sections and fields → the document model. Pure and deterministic: the same input
 * gives the same document, so it is unit-tested without a PDF, and the preview and the file agree.
 *
 * Filtering by sharing scope happens here and only here: a record whose scope does not reach the profile's audience
 * is left out, and so is everything derived from it (its deadlines, its checks, its timeline events).
 */

export interface PdfBuildInput {
  dossier: Dossier;
  profile: PdfProfile;
  /** What to leave out; undefined means the profile's defaults. */
  hide: readonly PdfHideable[] | undefined;
  /** ISO date-time the document is generated at. */
  generatedAt: string;
  /** The attorney's calendar date (overdue is counted from it). */
  today: string;
  sources: PdfCaseSources;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-03-09' → 'Mar 9, 2026'. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  const month = MONTHS[Number(m) - 1];
  if (!y || !month || !d) return iso;
  return `${month} ${Number(d)}, ${y}`;
}

/** An ISO date-time as printed: 'Nov 25, 2026, 14:03 UTC'. */
export function formatDateTime(iso: string): string {
  const time = iso.slice(11, 16);
  return time ? `${formatDate(iso)}, ${time} UTC` : formatDate(iso);
}

function cell(text: string | null | undefined, extra: Omit<Cell, 'text'> = {}): Cell {
  return { text: text ?? '', ...extra };
}

function muted(text: string): Cell {
  return { text, tone: 'muted' };
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function joinNonEmpty(parts: (string | null | undefined | false)[], sep = ' · '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);
}

/** Fields whose value is empty are dropped: paper has no room for blanks. */
function fields(items: [string, string | Cell | null | undefined | false][]): Block | null {
  const kept: Field[] = [];
  for (const [label, value] of items) {
    if (value === null || value === undefined || value === false) continue;
    const c = typeof value === 'string' ? cell(upperFirst(value)) : value;
    if (c.text.trim() === '') continue;
    kept.push({ label, value: c });
  }
  return kept.length === 0 ? null : { type: 'fields', items: kept };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraphs(text: string | undefined, label?: string): Block[] {
  if (!text || text.trim() === '') return [];
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.map((p, i) => ({
    type: 'paragraph' as const,
    text: i === 0 && label ? `${label}: ${p}` : p,
  }));
}

function ofKind<K extends RecordKind>(records: readonly DossierRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind);
}

function compact<T>(items: (T | null | undefined | false)[]): T[] {
  return items.filter((i): i is T => i !== null && i !== undefined && i !== false);
}

/** Natural order for exhibit numbers: 'A-2' before 'A-10', numbers before letters. */
function exhibitOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

// ---------------------------------------------------------------------------------------------------------------
// The build
// ---------------------------------------------------------------------------------------------------------------

interface Ctx {
  input: PdfBuildInput;
  profile: PdfProfile;
  audience: SharingScope;
  hiddenFields: ReadonlySet<PdfField>;
  client: Client;
  clientDetails: boolean;
  records: DossierRecord[];
  deadlines: ComputedDeadline[];
  checks: Check[];
  evidence: PdfEvidenceItem[] | null;
  board: PdfBoardCard[] | null;
  checklists: PdfChecklist[] | null;
  today: string;
}

function shows(ctx: Ctx, field: PdfField): boolean {
  return !ctx.hiddenFields.has(field);
}

export function buildPdfDocument(input: PdfBuildInput): PdfDocument {
  const info = PDF_PROFILE_INFO[input.profile];
  const hidden = hiddenFor(input.profile, input.hide);
  const hiddenSections = new Set(hidden.filter(isPdfSection));
  const hiddenFields = new Set(hidden.filter(isPdfField));
  const audience = info.audience;
  const { dossier } = input;

  const records = dossier.records.filter((r) => scopeAllows(r.scope, audience));
  const included = new Set(records.map((r) => r.id));
  const immigrationIncluded = records.some((r) => r.kind === 'immigration');
  // Case-level deadlines and checks (no record of their own) follow from the immigration record's dates.
  const reaches = (recordId: string | undefined) =>
    recordId === undefined ? immigrationIncluded : included.has(recordId);
  // A custom deadline carries its own sharing scope.
  const deadlines = dossier.deadlines.filter((d) =>
    d.scope ? scopeAllows(d.scope, audience) : reaches(d.relatedRecordId),
  );
  const checks = dossier.checks.filter((c) => reaches(c.relatedRecordId));

  const evidence = input.sources.evidence?.filter((e) => scopeAllows(e.scope, audience)) ?? null;
  const board = input.sources.board?.filter((c) => scopeAllows(c.scope, audience)) ?? null;

  const ctx: Ctx = {
    input,
    profile: input.profile,
    audience,
    hiddenFields,
    client: dossier.client,
    clientDetails: scopeAllows(dossier.client.scope, audience),
    records,
    deadlines,
    checks,
    evidence,
    board,
    checklists: input.sources.checklists,
    today: input.today,
  };

  const sections: Section[] = [];
  for (const id of info.sections) {
    if (hiddenSections.has(id)) continue;
    sections.push(buildSection(ctx, id));
  }

  const unnumbered =
    input.profile === 'court' ? (evidence ?? []).filter((e) => !e.exhibitNumber?.trim()).length : 0;

  return {
    profile: input.profile,
    title: info.title,
    audience: info.label,
    clientName: displayName(dossier.client),
    generatedAt: input.generatedAt,
    generatedLabel: formatDateTime(input.generatedAt),
    privilegeLine: PRIVILEGE_LINE,
    cover: buildCover(ctx),
    sections,
    omitted: {
      hiddenSections: [...hiddenSections].map((s) => PDF_SECTION_LABELS[s]),
      hiddenFields: [...hiddenFields].map((f) => PDF_FIELD_LABELS[f]),
      recordsOutOfScope: dossier.records.length - records.length,
      evidenceOutOfScope: (input.sources.evidence?.length ?? 0) - (evidence?.length ?? 0),
      cardsOutOfScope: (input.sources.board?.length ?? 0) - (board?.length ?? 0),
      deadlinesOutOfScope: dossier.deadlines.length - deadlines.length,
      clientDetailsOutOfScope: !ctx.clientDetails,
      unnumberedExhibits: unnumbered,
    },
  };
}

function aNumber(ctx: Ctx): string | undefined {
  if (!shows(ctx, 'a-number')) return undefined;
  return ofKind(ctx.records, 'immigration')[0]?.data.aNumber || undefined;
}

function openCustody(ctx: Ctx): RecordOf<'custody'> | undefined {
  return ofKind(ctx.records, 'custody').find((c) => !c.data.releaseDate);
}

function nextHearing(ctx: Ctx): RecordOf<'hearing'> | undefined {
  return ofKind(ctx.records, 'hearing')
    .filter((h) => h.data.date >= ctx.today)
    .sort((a, b) => a.data.date.localeCompare(b.data.date))[0];
}

function nextOpenDeadline(deadlines: readonly ComputedDeadline[]): ComputedDeadline | undefined {
  return deadlines.filter((d) => d.status === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

function buildCover(ctx: Ctx): PdfDocument['cover'] {
  const info = PDF_PROFILE_INFO[ctx.profile];
  const c = ctx.client;
  const names = ctx.clientDetails
    ? c.aliases.map((a) => ({
        name: a.name,
        note: joinNonEmpty([ALIAS_KIND_LABELS[a.kind], a.script && SCRIPT_LABELS[a.script]], ', '),
      }))
    : [];
  const custody = openCustody(ctx);
  const next = nextOpenDeadline(ctx.deadlines);
  const facts: [string, string | Cell | undefined][] =
    ctx.profile === 'court'
      ? [
          ['A-number', aNumber(ctx)],
          ['Exhibits listed', String((ctx.evidence ?? []).filter((e) => e.exhibitNumber?.trim()).length)],
        ]
      : [
          ['Nationality', ctx.clientDetails ? c.nationalities.join(', ') : undefined],
          ['A-number', aNumber(ctx)],
          [
            'Custody',
            ctx.profile === 'ccf'
              ? undefined
              : custody
                ? cell(`Detained since ${formatDate(custody.data.arrestDate)}`, {
                    tone: 'warning',
                    bold: true,
                  })
                : 'Not detained',
          ],
          [
            'Next deadline',
            ctx.profile === 'ccf' || !next
              ? undefined
              : cell(`${formatDate(next.dueDate)} — ${next.title}`, {
                  tone: next.dueDate < ctx.today ? 'critical' : 'normal',
                }),
          ],
        ];
  return {
    names,
    facts: [
      ...facts.flatMap(([label, value]): Field[] =>
        value === undefined || (typeof value === 'string' && value === '')
          ? []
          : [{ label, value: typeof value === 'string' ? cell(value) : value }],
      ),
      { label: 'Prepared for', value: cell(info.label) },
    ],
    notice:
      ctx.audience === 'client-only'
        ? `${info.description} Every record of the dossier is included unless hidden at export.`
        : `${info.description} Records are included only when their sharing scope reaches ` +
          `“${SHARING_SCOPE_LABELS[ctx.audience]}”.`,
    disclaimer: info.sections.includes('deadlines')
      ? 'Computed deadlines are an aid to be checked, not legal advice: each shows its rule and source, and dates ' +
        'set by the attorney say so.'
      : '',
    compact: ctx.profile === 'court',
  };
}

function buildSection(ctx: Ctx, id: PdfSection): Section {
  const title = PDF_SECTION_LABELS[id];
  const make = (blocks: (Block | null)[], extra: Partial<Section> = {}): Section => ({
    id,
    title,
    ...extra,
    blocks: compact(blocks),
  });
  switch (id) {
    case 'client':
      return make(clientBlocks(ctx));
    case 'fronts':
      return make([frontsTable(ctx)]);
    case 'deadlines':
      return make([deadlinesTable(ctx)], {
        intro:
          ctx.profile === 'visit'
            ? 'Open deadlines only. Each date is computed from the dossier and must be checked.'
            : 'Each date shows the rule it follows and its source. Dates are an aid to be checked.',
      });
    case 'checks':
      return make([checksTable(ctx)]);
    case 'interpol':
      return make(interpolBlocks(ctx));
    case 'ccf':
      return make([ccfTable(ctx)]);
    case 'immigration':
      return make(immigrationBlocks(ctx));
    case 'custody':
      return make(custodyBlocks(ctx));
    case 'extradition':
      return make(extraditionBlocks(ctx));
    case 'home-case':
      return make(homeCaseBlocks(ctx));
    case 'incidents':
      return make([incidentsTable(ctx)]);
    case 'evidence':
      return make([evidenceTable(ctx)]);
    case 'exhibits':
      return make([exhibitsTable(ctx)], {
        intro: 'Exhibits in the order of their numbers, with the tab each is filed under.',
      });
    case 'checklist':
      return make(checklistBlocks(ctx));
    case 'timeline':
      return make([timelineTable(ctx)]);
    case 'board':
      return make(boardBlocks(ctx));
    case 'parties':
      return make([partiesTable(ctx)]);
    case 'notes':
      return make(notesBlocks(ctx));
    case 'open-questions':
      return make(openQuestions(ctx), {
        intro:
          'Ask, tick, and write the answer on the lines. File what you learn in the dossier after the visit.',
      });
    case 'forms':
      return make([formsList(ctx)], {
        intro: 'Bring blank copies; have them signed where the client is the signatory.',
      });
    case 'bring':
      return make(bringBlocks(ctx));
    case 'visit-notes':
      return make([{ type: 'ruled', lines: 0, pages: 1 }], { newPage: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------------------------------------------

function clientBlocks(ctx: Ctx): (Block | null)[] {
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

// ---------------------------------------------------------------------------------------------------------------
// Fronts
// ---------------------------------------------------------------------------------------------------------------

function frontStatus(ctx: Ctx, front: Front): string {
  const r = ctx.records;
  switch (front) {
    case 'immigration': {
      const i = ofKind(r, 'immigration')[0]?.data;
      const hearing = nextHearing(ctx);
      return joinNonEmpty(
        [
          i?.eoirCaseStatus || i?.currentStatus,
          i?.court,
          i?.reliefSought.length ? `Seeking ${i.reliefSought.map((x) => RELIEF_LABELS[x]).join(', ')}` : '',
          i?.i589FiledDate ? `I-589 filed ${formatDate(i.i589FiledDate)}` : i ? 'I-589 not filed' : '',
          i?.finalOrderDate && `Final order ${formatDate(i.finalOrderDate)}`,
          hearing && `Next hearing ${formatDate(hearing.data.date)}`,
        ],
        '; ',
      );
    }
    case 'custody': {
      const open = openCustody(ctx);
      if (open)
        return joinNonEmpty(
          [
            `Detained${open.data.facility ? ` at ${open.data.facility}` : ''} since ${formatDate(open.data.arrestDate)}`,
            open.data.bondResult && `bond ${BOND_RESULT_LABELS[open.data.bondResult]}`,
            open.data.redNoticeSoleBasis && 'Red Notice the sole basis of arrest',
          ],
          '; ',
        );
      const last = ofKind(r, 'custody').sort((a, b) => b.data.arrestDate.localeCompare(a.data.arrestDate))[0];
      return last?.data.releaseDate ? `Released ${formatDate(last.data.releaseDate)}` : '';
    }
    case 'interpol': {
      const notices = ofKind(r, 'interpol').map(
        (n) =>
          `${NOTICE_TYPE_LABELS[n.data.type]} (${n.data.requestingCountry}): ${NOTICE_STATUS_LABELS[n.data.status].toLowerCase()}`,
      );
      const ccf = ofKind(r, 'ccf').map(
        (c) =>
          `CCF ${CCF_TYPE_LABELS[c.data.type]} request ${c.data.filedDate ? `filed ${formatDate(c.data.filedDate)}, ` : ''}${CCF_OUTCOME_LABELS[c.data.outcome]}`,
      );
      return [...notices, ...ccf].join('; ');
    }
    case 'extradition': {
      const e = ofKind(r, 'extradition')[0]?.data;
      if (!e) return '';
      const steps: [string | undefined, string][] = [
        [e.surrenderDate, 'Surrendered'],
        [e.surrenderDecisionDate, 'Surrender decided'],
        [e.catSubmissionDate, 'CAT submission made'],
        [e.habeasFiledDate, 'Habeas petition filed'],
        [e.commitmentDate, 'Certified and committed'],
        [e.hearingDate, 'Extradition hearing'],
        [e.complaintDate, 'Complaint filed'],
        [e.formalRequestReceivedDate, 'Formal request received'],
        [e.provisionalArrestDate, 'Provisional arrest'],
        [e.diplomaticNoteDate, 'Diplomatic note'],
      ];
      const reached = steps.find(([date]) => date !== undefined);
      return joinNonEmpty(
        [e.requestingCountry, reached ? `${reached[1]} ${formatDate(reached[0])}` : 'No step dated yet'],
        '; ',
      );
    }
    case 'home-country':
      return ofKind(r, 'home-case')
        .map((h) =>
          joinNonEmpty(
            [
              h.data.country,
              STAGE_LABELS[h.data.stage],
              h.data.caseNumber && `case ${h.data.caseNumber}`,
              h.data.inAbsentiaJudgmentDate && `in absentia ${formatDate(h.data.inAbsentiaJudgmentDate)}`,
            ],
            ', ',
          ),
        )
        .join('; ');
    case 'persecution': {
      const dates = ofKind(r, 'incident')
        .map((i) => i.data.date)
        .sort();
      if (dates.length === 0) return '';
      const first = formatDate(dates[0]);
      const last = formatDate(dates.at(-1));
      return `${dates.length} incident${dates.length === 1 ? '' : 's'}, ${first === last ? first : `${first} to ${last}`}`;
    }
    case 'counsel': {
      const parties = ofKind(r, 'party').length;
      const notes = ofKind(r, 'note').length;
      return joinNonEmpty(
        [parties > 0 && `${parties} part${parties === 1 ? 'y' : 'ies'}`, notes > 0 && `${notes} note(s)`],
        ', ',
      );
    }
  }
}

const DEADLINE_FRONT_OF: Record<ComputedDeadline['front'], Front> = {
  immigration: 'immigration',
  custody: 'custody',
  interpol: 'interpol',
  extradition: 'extradition',
  advocacy: 'counsel',
};

function frontsTable(ctx: Ctx): Block {
  const rows: Cell[][] = [];
  for (const front of FRONTS) {
    if (!ctx.records.some((r) => RECORD_FRONT[r.kind] === front)) continue;
    const next = nextOpenDeadline(ctx.deadlines.filter((d) => DEADLINE_FRONT_OF[d.front] === front));
    rows.push([
      cell(FRONT_LABELS[front], { bold: true }),
      cell(frontStatus(ctx, front) || '—'),
      next
        ? cell(`${formatDate(next.dueDate)}\n${next.title}`, {
            tone: next.dueDate < ctx.today ? 'critical' : 'normal',
          })
        : muted('—'),
    ]);
  }
  return {
    type: 'table',
    columns: [
      { header: 'Front', width: 1.6 },
      { header: 'Where it stands', width: 4.2 },
      { header: 'Next deadline', width: 2.2 },
    ],
    rows,
    empty: 'No records on any front yet.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines and checks
// ---------------------------------------------------------------------------------------------------------------

function periodText(d: ComputedDeadline): string {
  if (d.kind === 'custom') return `${d.trigger.label} (${formatDate(d.trigger.date)})`;
  const { amount, unit, direction, business } = d.period;
  const unitWord = `${business ? 'business ' : ''}${amount === 1 ? unit.replace(/s$/, '') : unit}`;
  return `${amount} ${unitWord} ${direction} ${lowerFirst(d.trigger.label)} (${formatDate(d.trigger.date)})`;
}

/** 'Last arrival' → 'last arrival', but 'DHS custody…' and 'CCF found…' keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function deadlineStatus(d: ComputedDeadline, today: string): Cell {
  if (d.status === 'not-applicable') return cell('Not applicable', { tone: 'ok' });
  if (d.status === 'met')
    return cell(`Met${d.completion ? `\n${formatDate(d.completion.date)}` : ''}`, { tone: 'ok' });
  if (d.status === 'late')
    return cell(`Done late${d.completion ? `\n${formatDate(d.completion.date)}` : ''}`, { tone: 'warning' });
  if (d.dueDate < today) return cell('Overdue', { tone: 'critical', bold: true });
  return cell('Open');
}

function deadlinesTable(ctx: Ctx): Block {
  const list = [...ctx.deadlines]
    .filter((d) => ctx.profile !== 'visit' || d.status === 'open')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key));
  return {
    type: 'table',
    columns: [
      { header: 'Due', width: 1.25 },
      { header: 'Deadline', width: 3 },
      { header: 'Rule and source', width: 3.4 },
      { header: 'Status', width: 1.05 },
    ],
    rows: list.map((d) => {
      const soon = d.status === 'open' && d.dueDate >= ctx.today && d.dueDate <= addDaysIso(ctx.today, 14);
      const rule = joinNonEmpty(
        [
          periodText(d),
          d.rolled && `moved from ${formatDate(d.rolled.from)} (${d.rolled.reason})`,
          d.override &&
            `Date set by the attorney (computed: ${formatDate(d.override.originalDueDate)}): ${d.override.reason}`,
        ],
        '; ',
      );
      return [
        cell(formatDate(d.dueDate), {
          bold: true,
          tone: d.status === 'open' && d.dueDate < ctx.today ? 'critical' : soon ? 'warning' : 'normal',
        }),
        cell(`${d.title}${d.verify ? ' [verify]' : ''}`, { bold: true }),
        cell(rule, { note: d.source }),
        deadlineStatus(d, ctx.today),
      ];
    }),
    empty: ctx.profile === 'visit' ? 'No open deadlines.' : 'No deadlines follow from the recorded dates.',
  };
}

function addDaysIso(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const SEVERITY_LABEL: Record<Check['severity'], Cell> = {
  critical: { text: 'Critical', tone: 'critical', bold: true },
  warning: { text: 'Warning', tone: 'warning', bold: true },
  info: { text: 'To do', tone: 'muted' },
};

function checksTable(ctx: Ctx): Block {
  return {
    type: 'table',
    columns: [
      { header: 'Severity', width: 1.1 },
      { header: 'Finding', width: 5 },
      { header: 'Source', width: 2.4 },
    ],
    rows: ctx.checks.map((c) => [
      SEVERITY_LABEL[c.severity],
      cell(c.title, { bold: true, note: c.explanation }),
      cell(c.source, { tone: 'muted' }),
    ]),
    empty: 'No checks raised.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// INTERPOL and the CCF
// ---------------------------------------------------------------------------------------------------------------

type Charge = RecordOf<'interpol'>['data']['charges'][number];

function penaltyText(charge: Charge, basis: 'prosecution' | 'sentence'): string {
  if (basis === 'prosecution')
    return charge.maxPenaltyYears === undefined
      ? ''
      : `Up to ${charge.maxPenaltyYears} year${charge.maxPenaltyYears === 1 ? '' : 's'}`;
  return joinNonEmpty(
    [
      charge.sentenceImposedMonths !== undefined && `${charge.sentenceImposedMonths} months imposed`,
      charge.sentenceRemainingMonths !== undefined && `${charge.sentenceRemainingMonths} months remaining`,
    ],
    ', ',
  );
}

function article83Cell(charge: Charge, basis: 'prosecution' | 'sentence'): Cell {
  const found = article83PenaltyCheck(charge, basis);
  if (found.some((c) => c.severity === 'warning'))
    return cell(
      basis === 'prosecution'
        ? `Below the threshold (${ART83_PROSECUTION_MIN_YEARS} years)`
        : `Below the threshold (${ART83_SENTENCE_MIN_MONTHS} months)`,
      { tone: 'warning', bold: true },
    );
  if (found.length > 0) return muted('Penalty not recorded');
  return cell('Meets the threshold', { tone: 'ok' });
}

function interpolBlocks(ctx: Ctx): (Block | null)[] {
  const notices = ofKind(ctx.records, 'interpol');
  if (notices.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No INTERPOL notice or diffusion recorded.' }];
  const blocks: (Block | null)[] = [];
  for (const n of notices) {
    const d = n.data;
    blocks.push({
      type: 'subheading',
      text: `${NOTICE_TYPE_LABELS[d.type]} — requested by ${d.requestingCountry}`,
      meta: cell(NOTICE_STATUS_LABELS[d.status], {
        tone: d.status === 'active' ? 'critical' : d.status === 'deleted' ? 'ok' : 'warning',
        bold: true,
      }),
    });
    blocks.push(
      fields([
        ['Control / file number', d.controlNumber],
        ['Issuing authority', d.issuingAuthority],
        [
          d.basis === 'sentence' ? 'Judgment' : 'Warrant',
          joinNonEmpty([d.warrantNumber && `No. ${d.warrantNumber}`, formatDate(d.warrantDate)], ', '),
        ],
        [d.type === 'diffusion' ? 'Circulated' : 'Issued', formatDate(d.issuedDate)],
        ['Basis', NOTICE_BASIS_LABELS[d.basis]],
        ['Public extract', yesNo(d.publicExtract)],
        ['Came to light through', CAME_TO_LIGHT_LABELS[d.cameToLight]],
      ]),
    );
    blocks.push(...paragraphs(d.factsAlleged, 'Facts alleged'));
    if (d.charges.length > 0) {
      blocks.push({
        type: 'table',
        columns: [
          { header: 'Charge', width: 3 },
          { header: 'Articles', width: 1.6 },
          { header: d.basis === 'sentence' ? 'Sentence' : 'Maximum penalty', width: 1.7 },
          { header: 'Art. 83 threshold', width: 2 },
        ],
        rows: d.charges.map((c) => [
          cell(c.description),
          cell(c.articles),
          cell(penaltyText(c, d.basis) || '—', penaltyText(c, d.basis) ? {} : { tone: 'muted' }),
          article83Cell(c, d.basis),
        ]),
        empty: '',
      });
    }
    const f = d.compliance;
    const thresholdIssues = d.charges.filter((c) =>
      article83PenaltyCheck(c, d.basis).some((x) => x.severity === 'warning'),
    ).length;
    const flag = (on: boolean, yes: string, no = 'Not raised'): Cell =>
      on ? cell(yes, { tone: 'warning', bold: true }) : muted(no);
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Compliance ground', width: 3.2 },
        { header: 'Finding', width: 5 },
      ],
      rows: [
        [cell('Art. 2 — human rights (UDHR)'), flag(f.article2HumanRights, 'Concern raised')],
        [
          cell('Art. 3 — predominance of political elements'),
          f.article3Factors.length > 0
            ? cell(`Factors: ${f.article3Factors.map((x) => ARTICLE3_FACTOR_LABELS[x]).join('; ')}`, {
                tone: 'warning',
              })
            : muted('No factor recorded'),
        ],
        [
          cell('RPD Art. 83 — excluded offence category'),
          flag(f.article83ExcludedCategory, 'Excluded category'),
        ],
        [
          cell('RPD Art. 83(1)(a) — penalty threshold'),
          d.charges.length === 0
            ? muted('No charge recorded')
            : thresholdIssues > 0
              ? cell(`${thresholdIssues} of ${d.charges.length} charge(s) below the threshold`, {
                  tone: 'warning',
                  bold: true,
                })
              : cell('Threshold met or penalty not recorded (see charges)'),
        ],
        [cell('Refugee policy'), flag(f.refugeePolicyApplies, 'Applies')],
        [cell('Data quality'), flag(f.dataQualityIssues, 'Issues found')],
        [cell('Coherence of charges and facts'), flag(f.chargesFactsIncoherent, 'Incoherent')],
      ],
      empty: '',
    });
    blocks.push(...paragraphs(f.notes, 'Compliance notes'));
  }
  return blocks;
}

function ccfTable(ctx: Ctx): Block {
  const notices = new Map(ofKind(ctx.records, 'interpol').map((n) => [n.id, n]));
  return {
    type: 'table',
    columns: [
      { header: 'Request', width: 2.4 },
      { header: 'Filed', width: 1.3 },
      { header: 'Admissible', width: 1.3 },
      { header: 'Decision due', width: 1.4 },
      { header: 'Outcome', width: 2.2 },
    ],
    rows: ofKind(ctx.records, 'ccf').map((c) => {
      const d = c.data;
      const notice = d.interpolRecordId ? notices.get(d.interpolRecordId) : undefined;
      const due = ctx.deadlines.find((x) => x.relatedRecordId === c.id && x.ruleId?.startsWith('ccf-'));
      return [
        cell(
          joinNonEmpty(
            [
              `${CCF_TYPE_LABELS[d.type].replace(/^./, (s) => s.toUpperCase())} request`,
              notice && `on the ${NOTICE_TYPE_LABELS[notice.data.type]} (${notice.data.requestingCountry})`,
              d.applicant === 'representative'
                ? `by a representative${d.powerOfAttorneyOnFile ? '' : ' — power of attorney not on file'}`
                : 'by the client',
              d.confidentialityRequested && 'confidentiality requested',
            ],
            '\n',
          ),
        ),
        cell(formatDate(d.filedDate) || '—'),
        cell(formatDate(d.admissibilityDate) || '—'),
        due ? cell(formatDate(due.dueDate), { bold: true }) : muted('—'),
        cell(
          joinNonEmpty([
            CCF_OUTCOME_LABELS[d.outcome],
            d.decisionDate && `decided ${formatDate(d.decisionDate)}`,
            d.interimMeasures && `interim: ${d.interimMeasures}`,
          ]),
          { tone: d.outcome === 'deleted' ? 'ok' : d.outcome === 'refused' ? 'warning' : 'normal' },
        ),
      ];
    }),
    empty: 'No CCF request recorded.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// U.S. immigration, custody, extradition
// ---------------------------------------------------------------------------------------------------------------

function immigrationBlocks(ctx: Ctx): (Block | null)[] {
  const i = ofKind(ctx.records, 'immigration')[0]?.data;
  const blocks: (Block | null)[] = [];
  if (i) {
    blocks.push(
      fields([
        ['A-number', aNumber(ctx)],
        [
          'Entry',
          joinNonEmpty([
            formatDate(i.entryDate),
            i.entryPort,
            ENTRY_MANNER_LABELS[i.entryManner],
            i.visaClass,
          ]),
        ],
        ['Last arrival', formatDate(i.lastArrivalDate)],
        ['I-94', i.i94Number],
        ['Current status', i.currentStatus],
        ['NTA served', formatDate(i.ntaServedDate)],
        ['NTA filed with the court', formatDate(i.ntaFiledDate)],
        ['Immigration court', i.court],
        ['Judge', i.judge],
        ['DHS counsel', i.dhsCounsel],
        ['EOIR case status', i.eoirCaseStatus],
        ['Relief sought', i.reliefSought.map((r) => RELIEF_LABELS[r]).join(', ')],
        ['Asylum filing', FILING_PLAN_LABELS[i.asylumFilingPlan]],
        [
          'I-589 filed',
          i.i589FiledDate
            ? joinNonEmpty([
                formatDate(i.i589FiledDate),
                i.i589Agency === 'uscis' ? 'USCIS' : i.i589Agency ? 'Immigration court' : '',
              ])
            : cell('Not filed', { tone: 'warning' }),
        ],
        ['Protected grounds', i.protectedGrounds.map((g) => GROUND_LABELS[g]).join(', ')],
        ['Social group', i.socialGroupFormulation],
        [
          'One-year exception',
          i.oneYearException === 'none' ? undefined : ONE_YEAR_EXCEPTION_LABELS[i.oneYearException],
        ],
        ['Serious nonpolitical crime bar raised', TRI_STATE_LABELS[i.seriousNonpoliticalCrimeBarRaised]],
        ['Final order', formatDate(i.finalOrderDate)],
        [
          'Work authorization',
          joinNonEmpty([
            i.workAuthorizationEligibleDate && `eligible ${formatDate(i.workAuthorizationEligibleDate)}`,
            i.workAuthorizationSubmittedDate && `applied ${formatDate(i.workAuthorizationSubmittedDate)}`,
          ]),
        ],
      ]),
    );
    blocks.push(...paragraphs(i.ntaCharges, 'NTA charges'));
    blocks.push(...paragraphs(i.pleadings, 'Pleadings'));
    blocks.push(...paragraphs(i.barsAnalysis, 'Bars analysis'));
  } else {
    blocks.push({ type: 'paragraph', tone: 'muted', text: 'No immigration status or proceedings recorded.' });
  }

  const hearings = ofKind(ctx.records, 'hearing').sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (hearings.length > 0) {
    blocks.push({ type: 'subheading', text: 'Hearings' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Date', width: 1.4 },
        { header: 'Hearing', width: 2 },
        { header: 'Court and judge', width: 2.2 },
        { header: 'Needs / outcome', width: 3 },
      ],
      rows: hearings.map((h) => [
        cell(`${formatDate(h.data.date)}${h.data.time ? `\n${h.data.time}` : ''}`, {
          bold: h.data.date >= ctx.today,
        }),
        cell(`${HEARING_KIND_LABELS[h.data.kind]}${h.data.detained ? '\nDetained docket' : ''}`),
        cell(joinNonEmpty([h.data.court, h.data.judge && `Judge ${h.data.judge}`], '\n')),
        cell(joinNonEmpty([h.data.needs, h.data.outcome], '\n')),
      ]),
      empty: '',
    });
  }
  const decisions = ofKind(ctx.records, 'decision').sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (decisions.length > 0) {
    blocks.push({ type: 'subheading', text: 'Decisions and appeals' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Date', width: 1.3 },
        { header: 'Body', width: 2 },
        { header: 'Outcome', width: 1.3 },
        { header: 'Summary', width: 3 },
        { header: 'Appeal filed', width: 1.3 },
      ],
      rows: decisions.map((x) => [
        cell(formatDate(x.data.date)),
        cell(
          `${DECISION_BODY_LABELS[x.data.body]}${x.data.body === 'immigration-judge' ? ` (${x.data.delivery})` : ''}`,
        ),
        cell(OUTCOME_LABELS[x.data.outcome], {
          tone: x.data.outcome === 'granted' ? 'ok' : x.data.outcome === 'denied' ? 'warning' : 'normal',
          bold: true,
        }),
        cell(joinNonEmpty([x.data.summary, x.data.stayRequested && 'Stay requested'], '\n')),
        cell(formatDate(x.data.appealFiledDate) || '—'),
      ]),
      empty: '',
    });
  }
  const foia = ofKind(ctx.records, 'foia');
  if (foia.length > 0) {
    blocks.push({ type: 'subheading', text: 'FOIA requests' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Agency', width: 1.6 },
        { header: 'Submitted', width: 1.4 },
        { header: 'Tracking number', width: 2 },
        { header: 'Received', width: 1.4 },
        { header: 'Note', width: 2.4 },
      ],
      rows: foia.map((f) => [
        cell(FOIA_AGENCY_LABELS[f.data.agency]),
        cell(formatDate(f.data.submittedDate)),
        cell(f.data.trackingNumber),
        cell(formatDate(f.data.receivedDate) || 'Pending', f.data.receivedDate ? {} : { tone: 'muted' }),
        cell(f.data.note),
      ]),
      empty: '',
    });
  }
  return blocks;
}

function custodyBlocks(ctx: Ctx): (Block | null)[] {
  const episodes = ofKind(ctx.records, 'custody').sort((a, b) =>
    a.data.arrestDate.localeCompare(b.data.arrestDate),
  );
  if (episodes.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No custody episode recorded.' }];
  const blocks: (Block | null)[] = [];
  for (const e of episodes) {
    const d = e.data;
    blocks.push({
      type: 'subheading',
      text: `Arrest on ${formatDate(d.arrestDate)} by ${ARREST_AGENCY_LABELS[d.agency]}`,
      meta: d.releaseDate
        ? cell(`Released ${formatDate(d.releaseDate)}`, { tone: 'ok' })
        : cell('Detained', { tone: 'warning', bold: true }),
    });
    blocks.push(
      fields([
        ['Place', d.arrestSetting === 'home' && !shows(ctx, 'addresses') ? undefined : d.arrestPlace],
        ['Setting', ARREST_SETTING_LABELS[d.arrestSetting]],
        ['Stated basis', d.statedBasis],
        [
          'Red Notice the sole basis',
          d.redNoticeSoleBasis
            ? cell('Yes — ICE Directive 15006.1 forbids relying on it alone', {
                tone: 'critical',
                bold: true,
              })
            : 'No',
        ],
        ['Project Red', TRI_STATE_LABELS[d.projectRed]],
        ['Facility', d.facility],
        ['Detainee ID', shows(ctx, 'detention-ids') ? d.detaineeId : undefined],
        ['Transfers', d.transfers.map((t) => `${formatDate(t.date)}: ${t.facility}`).join('\n')],
        ['Custody determination', formatDate(d.custodyDeterminationDate)],
        [
          'Bond',
          joinNonEmpty([
            d.bondHearingDate && `hearing ${formatDate(d.bondHearingDate)}`,
            d.bondAmount !== undefined && `$${d.bondAmount.toLocaleString('en-US')}`,
            d.bondResult && BOND_RESULT_LABELS[d.bondResult],
            d.bondAppealFiledDate && `appeal filed ${formatDate(d.bondAppealFiledDate)}`,
          ]),
        ],
        ['Release conditions', d.releaseConditions],
        ['Alternatives to detention', d.alternativesToDetention],
      ]),
    );
    blocks.push({
      type: 'table',
      columns: [
        { header: 'ICE Directive 15006.1', width: 5.4 },
        { header: 'Answer', width: 1.4 },
      ],
      rows: (Object.keys(DIRECTIVE_15006_LABELS) as (keyof typeof DIRECTIVE_15006_LABELS)[]).map((key) => [
        cell(DIRECTIVE_15006_LABELS[key]),
        cell(TRI_STATE_LABELS[d.directive15006[key]], {
          tone:
            d.directive15006[key] === 'no' ? 'warning' : d.directive15006[key] === 'unknown' ? 'muted' : 'ok',
        }),
      ]),
      empty: '',
    });
  }
  return blocks;
}

function extraditionBlocks(ctx: Ctx): (Block | null)[] {
  const tracks = ofKind(ctx.records, 'extradition');
  if (tracks.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No extradition track recorded.' }];
  const blocks: (Block | null)[] = [];
  for (const t of tracks) {
    const d = t.data;
    blocks.push(
      fields([
        ['Requesting country', d.requestingCountry],
        ['Treaty', d.treaty],
        ['Diplomatic note', formatDate(d.diplomaticNoteDate)],
        ['Provisional arrest', formatDate(d.provisionalArrestDate)],
        ['Treaty window', d.treatyWindowDays !== undefined ? `${d.treatyWindowDays} days` : undefined],
        ['Formal request received', formatDate(d.formalRequestReceivedDate)],
        ['Complaint (18 U.S.C. 3184)', formatDate(d.complaintDate)],
        ['Judge', d.judge],
        ['AUSA', d.ausa],
        ['DOJ OIA contact', d.oiaContact],
        ['Extradition hearing', formatDate(d.hearingDate)],
        ['Certification and commitment', formatDate(d.commitmentDate)],
        ['Habeas petition', formatDate(d.habeasFiledDate)],
        ['CAT submission (22 CFR 95)', formatDate(d.catSubmissionDate)],
        ['Surrender decision', formatDate(d.surrenderDecisionDate)],
        ['Surrender', formatDate(d.surrenderDate)],
        ['Defences', d.defences.map((x) => DEFENCE_LABELS[x]).join(', ')],
      ]),
    );
    blocks.push(...paragraphs(d.notes, 'Notes'));
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Home country, incidents
// ---------------------------------------------------------------------------------------------------------------

function homeCaseBlocks(ctx: Ctx): (Block | null)[] {
  const cases = ofKind(ctx.records, 'home-case');
  if (cases.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No home-country proceeding recorded.' }];
  const blocks: (Block | null)[] = [];
  for (const h of cases) {
    const d = h.data;
    blocks.push({
      type: 'subheading',
      text: `${d.country}${d.caseNumber ? ` — case ${d.caseNumber}` : ''}`,
      meta: cell(STAGE_LABELS[d.stage]),
    });
    blocks.push(
      fields([
        ['Court', d.court],
        ['Judge', d.judge],
        ['Prosecutor or investigator', d.prosecutor],
        ['Opened', formatDate(d.openedDate)],
        [
          'Judgment in absentia',
          d.inAbsentiaJudgmentDate
            ? cell(joinNonEmpty([formatDate(d.inAbsentiaJudgmentDate), d.inAbsentiaSentence]), {
                tone: 'warning',
              })
            : undefined,
        ],
        ['Retrial guaranteed', d.inAbsentiaJudgmentDate ? TRI_STATE_LABELS[d.retrialGuaranteed] : undefined],
        ['Local counsel', d.localCounsel],
        ['Access to the file', FILE_ACCESS_LABELS[d.fileAccess]],
        ['Pre-trial detention order', yesNo(d.pretrialDetentionOrder)],
        ['Asset freezes', d.assetFreezes],
        ['Related cases', d.relatedCases],
      ]),
    );
    if (d.charges.length > 0)
      blocks.push({
        type: 'table',
        columns: [
          { header: 'Charge', width: 3.4 },
          { header: 'Articles', width: 2 },
          { header: 'Maximum penalty', width: 1.8 },
        ],
        rows: d.charges.map((c) => [
          cell(c.description),
          cell(c.articles),
          cell(c.maxPenaltyYears !== undefined ? `${c.maxPenaltyYears} years` : '—'),
        ]),
        empty: '',
      });
    blocks.push(...paragraphs(d.officialStatements, 'Statements by officials'));
    if (d.indicators.length > 0) {
      blocks.push({ type: 'paragraph', text: 'Indicators of political motivation:' });
      blocks.push({
        type: 'list',
        style: 'bullet',
        items: d.indicators.map((x) => cell(INDICATOR_LABELS[x])),
      });
    }
    blocks.push(...paragraphs(d.indicatorNotes));
  }
  return blocks;
}

function incidentsTable(ctx: Ctx): Block {
  const incidents = ofKind(ctx.records, 'incident').sort((a, b) => a.data.date.localeCompare(b.data.date));
  return {
    type: 'table',
    columns: [
      { header: 'Date', width: 1.3 },
      { header: 'What happened', width: 4.2 },
      { header: 'By whom, where', width: 2 },
      { header: 'Nexus', width: 1.3 },
    ],
    rows: incidents.map((i) => {
      const d = i.data;
      const acts = d.acts
        .map((a) => `${INCIDENT_ACT_LABELS[a.type]}${a.description ? `: ${a.description}` : ''}`)
        .join('\n');
      return [
        cell(`${formatDate(d.date)}${d.endDate ? `\nto ${formatDate(d.endDate)}` : ''}`),
        cell(
          joinNonEmpty(
            [
              acts,
              d.summary,
              d.injuries && `Injuries: ${d.injuries}`,
              d.people.length > 0 && `People: ${d.people.map((p) => `${p.name} (${p.role})`).join(', ')}`,
              d.reported && `Reported: ${d.reported}`,
            ],
            '\n',
          ),
        ),
        cell(joinNonEmpty([d.actor || ACTOR_TYPE_LABELS[d.actorType], d.place], '\n')),
        cell(d.nexus.map((n) => GROUND_LABELS[n]).join(', ') || '—'),
      ];
    }),
    empty: 'No persecution incident recorded.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence, checklist, board
// ---------------------------------------------------------------------------------------------------------------

const ROLE_LABELS: Record<PdfEvidenceItem['role'], string> = {
  original: '',
  translation: 'Translation',
  certificate: 'Certificate of translation',
};

function sortedEvidence(items: readonly PdfEvidenceItem[]): PdfEvidenceItem[] {
  return [...items].sort(
    (a, b) => exhibitOrder(a.exhibitNumber, b.exhibitNumber) || a.title.localeCompare(b.title, 'en'),
  );
}

function evidenceTable(ctx: Ctx): Block {
  return {
    type: 'table',
    columns: [
      { header: 'Exhibit', width: 1 },
      { header: 'Tab', width: 0.8 },
      { header: 'Item', width: 3.6 },
      { header: 'Category', width: 2 },
      { header: 'Obtained', width: 1.3 },
    ],
    rows: sortedEvidence(ctx.evidence ?? []).map((e) => [
      cell(e.exhibitNumber ?? '—', { bold: e.exhibitNumber !== null }),
      cell(e.exhibitTab ?? ''),
      cell(e.title, {
        note: joinNonEmpty([ROLE_LABELS[e.role], e.language && `Language: ${e.language}`]) || undefined,
      }),
      cell(e.category ? EVIDENCE_CATEGORY_LABELS[e.category] : '—'),
      cell(formatDate(e.obtainedOn) || '—'),
    ]),
    empty:
      ctx.evidence === null
        ? 'No evidence recorded (the evidence feature is not available).'
        : 'No evidence recorded.',
  };
}

function exhibitsTable(ctx: Ctx): Block {
  const numbered = sortedEvidence((ctx.evidence ?? []).filter((e) => e.exhibitNumber?.trim()));
  return {
    type: 'table',
    columns: [
      { header: 'Exhibit', width: 1 },
      { header: 'Tab', width: 0.8 },
      { header: 'Description', width: 4.2 },
      { header: 'Date', width: 1.3 },
      { header: 'Served on DHS', width: 1.3 },
    ],
    rows: numbered.map((e) => [
      cell(e.exhibitNumber ?? '', { bold: true }),
      cell(e.exhibitTab ?? ''),
      cell(e.title, { note: joinNonEmpty([ROLE_LABELS[e.role], e.description], '\n') || undefined }),
      cell(formatDate(e.obtainedOn) || '—'),
      cell(formatDate(e.servedOn) || '—'),
    ]),
    empty: 'No exhibit marked for the court has a number yet.',
  };
}

function checklistBlocks(ctx: Ctx): (Block | null)[] {
  if (ctx.checklists === null || ctx.checklists.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No evidence checklist recorded.' }];
  const exhibits = new Map((ctx.evidence ?? []).map((e) => [e.id, e]));
  const blocks: (Block | null)[] = [];
  for (const list of ctx.checklists) {
    const settled = list.items.filter((i) => isSettled(i.status)).length;
    blocks.push({
      type: 'subheading',
      text: list.name,
      meta: cell(`${settled} of ${list.items.length} settled`, {
        tone: settled === list.items.length ? 'ok' : 'normal',
      }),
    });
    const titles = new Map(list.categories.map((c) => [c.key, c.title]));
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Category', width: 1.9 },
        { header: 'Item', width: 3.2 },
        { header: 'Status', width: 1.5 },
        { header: 'Exhibits', width: 1.2 },
        { header: 'Due', width: 1.2 },
      ],
      rows: list.items.map((item) => {
        const numbers = item.evidenceIds
          .map((id) => exhibits.get(id))
          .filter((e): e is PdfEvidenceItem => e !== undefined)
          .map((e) => e.exhibitNumber ?? 'unnumbered');
        return [
          cell(titles.get(item.category) ?? item.category, { tone: 'muted' }),
          cell(item.title),
          cell(
            item.status === 'not-obtainable' && item.notObtainableReason
              ? `${ITEM_STATUS_LABELS[item.status]}: ${item.notObtainableReason}`
              : ITEM_STATUS_LABELS[item.status],
            {
              tone: isSettled(item.status) ? 'ok' : item.status === 'needed' ? 'warning' : 'normal',
            },
          ),
          cell(numbers.join(', ') || '—'),
          cell(formatDate(item.dueDate) || '—', {
            tone: item.dueDate && item.dueDate < ctx.today && !isSettled(item.status) ? 'critical' : 'normal',
          }),
        ];
      }),
      empty: 'This checklist has no items.',
    });
  }
  return blocks;
}

function boardBlocks(ctx: Ctx): (Block | null)[] {
  if (ctx.board === null || ctx.board.length === 0)
    return [
      {
        type: 'paragraph',
        tone: 'muted',
        text: ctx.board === null ? 'No cards (the board is not available).' : 'No cards on the board.',
      },
    ];
  const blocks: (Block | null)[] = [];
  for (const lane of LANES) {
    const cards = ctx.board
      .filter((c) => c.lane === lane)
      .sort(
        (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title),
      );
    if (cards.length === 0) continue;
    blocks.push({ type: 'subheading', text: LANE_LABELS[lane], meta: muted(`${cards.length} card(s)`) });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Card', width: 3.8 },
        { header: 'Status', width: 1.7 },
        { header: 'Owner', width: 1.8 },
        { header: 'Due', width: 1.2 },
      ],
      rows: cards.map((c) => [
        cell(c.title),
        cell(CARD_STATUS_LABELS[c.status], { tone: c.status === 'done' ? 'ok' : 'normal' }),
        cell(c.ownerName ?? '—'),
        cell(formatDate(c.dueDate) || '—', {
          tone: c.dueDate && c.dueDate < ctx.today && c.status !== 'done' ? 'critical' : 'normal',
        }),
      ]),
      empty: '',
    });
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Timeline, parties, notes
// ---------------------------------------------------------------------------------------------------------------

function timelineTable(ctx: Ctx): Block {
  const events = buildTimeline({ records: ctx.records, deadlines: ctx.deadlines });
  return {
    type: 'table',
    columns: [
      { header: 'Date', width: 1.3 },
      { header: 'Front', width: 1.6 },
      { header: 'Event', width: 5.2 },
    ],
    rows: events.map((e) => [
      cell(formatDate(e.date), { bold: e.kind === 'deadline' }),
      cell(FRONT_LABELS[e.front], { tone: 'muted' }),
      cell(e.title, {
        tone: e.kind === 'deadline' ? (e.date < ctx.today ? 'critical' : 'warning') : 'normal',
        // An arrest's detail names the place (a home, possibly): it goes with the addresses when they are hidden.
        ...(e.detail && (shows(ctx, 'addresses') || e.kind !== 'custody-arrest') ? { note: e.detail } : {}),
      }),
    ]),
    empty: 'No dated events yet.',
  };
}

function partiesTable(ctx: Ctx): Block {
  const contacts = shows(ctx, 'contacts');
  return {
    type: 'table',
    columns: [
      { header: 'Name', width: 2 },
      { header: 'Role', width: 1.8 },
      { header: 'Organization', width: 2 },
      ...(contacts ? [{ header: 'Contact', width: 2 }] : []),
      { header: 'Common interest', width: 1 },
    ],
    rows: ofKind(ctx.records, 'party').map((p) => [
      cell(p.data.name, { bold: true }),
      cell(PARTY_ROLE_LABELS[p.data.role]),
      cell(p.data.organization),
      ...(contacts ? [cell(p.data.contact)] : []),
      cell(p.data.commonInterestAgreement ? 'Yes' : 'No', {
        tone: p.data.commonInterestAgreement ? 'ok' : 'muted',
      }),
    ]),
    empty: 'No parties recorded.',
  };
}

function notesBlocks(ctx: Ctx): (Block | null)[] {
  const notes = ofKind(ctx.records, 'note').sort((a, b) =>
    (a.data.date ?? '').localeCompare(b.data.date ?? ''),
  );
  if (notes.length === 0) return [{ type: 'paragraph', tone: 'muted', text: 'No notes.' }];
  const blocks: (Block | null)[] = [];
  for (const n of notes) {
    blocks.push({
      type: 'subheading',
      text: n.data.title,
      meta: n.data.date ? muted(formatDate(n.data.date)) : undefined,
    });
    blocks.push(...paragraphs(n.data.body));
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// The detention-visit pack
// ---------------------------------------------------------------------------------------------------------------

/** Questions the dossier itself raises: what it does not know yet and the client may. */
function dossierQuestions(ctx: Ctx): { text: string; detail?: string }[] {
  const out: { text: string; detail?: string }[] = [];
  const c = ctx.client;
  const i = ofKind(ctx.records, 'immigration')[0]?.data;
  if (c.interpreterNeeded === 'unknown')
    out.push({ text: 'Does the client need an interpreter? In which language?' });
  if (i && !i.lastArrivalDate && !i.entryDate)
    out.push({
      text: 'Date of the last arrival in the United States',
      detail: 'Starts the one-year asylum clock (INA 208(a)(2)(B)).',
    });
  if (i && i.seriousNonpoliticalCrimeBarRaised === 'unknown')
    out.push({ text: 'Has DHS raised the serious nonpolitical crime bar (the Red Notice)?' });
  for (const custody of ofKind(ctx.records, 'custody')) {
    const d = custody.data;
    if (d.releaseDate) continue;
    if (d.statedBasis === undefined || d.statedBasis.trim() === '')
      out.push({ text: 'What did the officers say was the reason for the arrest? Which papers were shown?' });
    if (d.projectRed === 'unknown')
      out.push({ text: 'Was the arrest part of an operation (“Project Red”)?' });
    if (!d.facility) out.push({ text: 'Which facility, unit and housing is the client held in?' });
    if (d.transfers.length === 0) out.push({ text: 'Any notice of a transfer to another facility?' });
  }
  for (const notice of ofKind(ctx.records, 'interpol')) {
    if (notice.data.cameToLight === 'unknown')
      out.push({
        text: `How did the client learn of the ${NOTICE_TYPE_LABELS[notice.data.type]} (${notice.data.requestingCountry})?`,
      });
    notice.data.charges.forEach((charge) => {
      if (notice.data.basis === 'prosecution' && charge.maxPenaltyYears === undefined)
        out.push({
          text: `Maximum penalty for “${charge.description}” under the requesting state’s law`,
          detail: 'Needed for the RPD Art. 83 threshold check (at least 2 years).',
        });
    });
  }
  for (const h of ofKind(ctx.records, 'home-case')) {
    if (h.data.inAbsentiaJudgmentDate && h.data.retrialGuaranteed === 'unknown')
      out.push({ text: `Is a retrial guaranteed after the in absentia judgment in ${h.data.country}?` });
    if (h.data.fileAccess === 'unknown')
      out.push({ text: `Does local counsel in ${h.data.country} have access to the case file?` });
  }
  return out;
}

function openQuestions(ctx: Ctx): (Block | null)[] {
  const questions = [
    ...dossierQuestions(ctx).map((q) => ({ ...q, lines: 2 })),
    ...DEFAULT_VISIT_QUESTIONS.map((text) => ({ text, lines: 1 })),
  ];
  // What the client can help gather: open items of the evidence categories (not the firm's own workflow).
  const open: Cell[] = [];
  for (const list of ctx.checklists ?? []) {
    const categories = new Map(list.categories.map((c) => [c.key, c]));
    for (const item of list.items) {
      const category = categories.get(item.category);
      if (isSettled(item.status) || (category && category.group !== 'evidence')) continue;
      open.push(
        cell(item.title, {
          note: joinNonEmpty([
            category?.title,
            ITEM_STATUS_LABELS[item.status].toLowerCase(),
            item.dueDate && `due ${formatDate(item.dueDate)}`,
          ]),
        }),
      );
    }
  }
  return [
    { type: 'questions', items: questions },
    open.length > 0
      ? { type: 'subheading', text: 'Evidence still open', meta: muted(`${open.length} item(s)`) }
      : null,
    open.length > 0 ? { type: 'list', style: 'box', items: open } : null,
  ];
}

function formsList(ctx: Ctx): Block {
  const r = ctx.records;
  const items: Cell[] = [
    cell(
      'G-28 — Notice of Entry of Appearance as Attorney or Accredited Representative (DHS): client’s signature, ' +
        'for ICE and USCIS.',
    ),
    cell(
      'EOIR-28 — Notice of Entry of Appearance as Attorney or Representative before the Immigration Court ' +
        '(file with the court and serve DHS).',
    ),
  ];
  if (ofKind(r, 'decision').some((d) => d.data.body === 'immigration-judge' || d.data.body === 'bia'))
    items.push(cell('EOIR-27 — Notice of Entry of Appearance before the Board of Immigration Appeals.'));
  const i = ofKind(r, 'immigration')[0]?.data;
  if (i && !i.i589FiledDate && (i.reliefSought.includes('asylum') || i.reliefSought.length === 0))
    items.push(cell('I-589 — review the draft with the client; the applicant signs the application.'));
  if (ofKind(r, 'ccf').some((c) => c.data.applicant === 'representative' && !c.data.powerOfAttorneyOnFile))
    items.push(
      cell('Power of attorney for the CCF request (the representative files on the client’s behalf).'),
    );
  if (ofKind(r, 'foia').some((f) => !f.data.submittedDate))
    items.push(
      cell('The client’s signed consent / certification of identity for the FOIA requests still to send.'),
    );
  return { type: 'list', style: 'box', items };
}

function bringBlocks(ctx: Ctx): (Block | null)[] {
  const custody = openCustody(ctx);
  const interpreter = ctx.client.interpreterNeeded === 'yes';
  return [
    { type: 'subheading', text: 'Bring' },
    {
      type: 'list',
      style: 'box',
      items: compact([
        cell('Bar card and government photo ID; the facility’s legal-visit confirmation'),
        cell('Signed or blank G-28 and EOIR-28 (see above)'),
        custody && shows(ctx, 'detention-ids') && custody.data.detaineeId
          ? cell(`The detainee number: ${custody.data.detaineeId}`)
          : cell('The client’s A-number and detainee number'),
        interpreter
          ? cell(
              `Interpreter arranged${ctx.client.interpreterLanguage ? ` (${ctx.client.interpreterLanguage})` : ''}, or a telephonic line the facility allows`,
            )
          : null,
        cell('This pack, pens, and the questions above'),
      ]),
    },
    { type: 'subheading', text: 'Leave behind' },
    {
      type: 'list',
      style: 'bullet',
      items: [
        cell('Phones, laptops and recorders, unless the facility has approved them in writing'),
        cell('Originals of evidence: bring copies, and only those the visit needs'),
        cell(
          'Anything naming family members, addresses or contacts the client should not hold in custody: papers left ' +
            'with a detained client can be read by others',
        ),
        cell('Material from the persecuting state’s file that the client has not yet seen with counsel'),
      ],
    },
    {
      type: 'callout',
      tone: 'info',
      title: 'Facility rules differ',
      text: 'Check the facility’s visitation rules for legal visits before going: hours, dress code, what may be carried in, and whether documents may be left with the client.',
    },
  ];
}

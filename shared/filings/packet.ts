import { scopeAllows } from '../dossier/common';
import { courtCaption } from '../pdf/caption';
import { type PdfBuildInput, createContext } from '../pdf/context';
import { exhibitOrder, formatDate, formatDateTime, joinNonEmpty } from '../pdf/format';
import { furnitureFor } from '../pdf/furniture';
import type { Caption, Section } from '../pdf/model';
import type { PdfEvidenceItem } from '../pdf/sources';
import {
  type Assembled,
  type SectionRole,
  partsNote,
  rangeText,
  separatorSection,
  textPartSection,
} from './assembly';
import { type FilingItem, isForeignLanguage, pairedParts, partKindOf } from './parts';
import { type FilingParties, SERVICE_METHOD_TEXT } from './profile';

/**
 * The exhibit packet for the immigration court: from the evidence the court may see, in exhibit order, each
 * original followed by its English translation and the translator's certificate; a caption and contents with each
 * exhibit's page range, optional tab separator pages, a signature block and a proof of service on DHS.
 */

export interface PacketOptions {
  /** A separator page before each exhibit (`--no-tabs` leaves them out). */
  tabs: boolean;
}

/** Why an item marked for the court is not in the packet, or not whole: the pre-flight's raw material. */
export interface PacketGap {
  kind: 'unnumbered' | 'unmergeable' | 'no-translation' | 'no-certificate' | 'orphan-translation';
  evidenceId: string;
  exhibit: string | null;
  title: string;
}

export interface PacketPlan {
  kind: 'packet';
  clientName: string;
  generatedAt: string;
  caption: Caption;
  aNumber: string;
  items: FilingItem[];
  tabs: boolean;
  filing: FilingParties;
  gaps: PacketGap[];
}

export function planPacket(
  input: Omit<PdfBuildInput, 'profile' | 'hide'>,
  options: PacketOptions,
): PacketPlan {
  const filing = input.filing;
  if (!filing) throw new Error('A packet needs the filing profile.');
  const ctx = createContext({ ...input, profile: 'court', hide: [] }, new Set());
  const all = input.sources.evidence ?? [];
  const inScope = ctx.evidence ?? [];
  const reaches = (item: PdfEvidenceItem) => scopeAllows(item.scope, 'court');
  const byId = new Map(all.map((e) => [e.id, e]));
  const gaps: PacketGap[] = [];
  const gap = (kind: PacketGap['kind'], item: PdfEvidenceItem) =>
    gaps.push({
      kind,
      evidenceId: item.id,
      exhibit: item.exhibitNumber,
      title: ctx.withholder.text(item.title),
    });

  // An original leads its exhibit; a translation or certificate goes with its original, unless that original is
  // not in the packet, in which case it stands on its own when it has a number.
  const leads = inScope.filter((e) => {
    if (!e.exhibitNumber?.trim()) return false;
    if (e.role === 'original') return true;
    const original =
      e.role === 'translation'
        ? byId.get(e.pairedWith ?? '')
        : byId.get(byId.get(e.pairedWith ?? '')?.pairedWith ?? '');
    const joins = original && reaches(original) && original.exhibitNumber?.trim();
    if (!joins) gap('orphan-translation', e);
    return !joins;
  });
  for (const e of inScope) if (!e.exhibitNumber?.trim() && e.role === 'original') gap('unnumbered', e);

  const items: FilingItem[] = [];
  for (const lead of [...leads].sort(
    (a, b) => exhibitOrder(a.exhibitNumber, b.exhibitNumber) || a.title.localeCompare(b.title, 'en'),
  )) {
    const { parts, unmergeable } =
      lead.role === 'original'
        ? pairedParts(lead, all, reaches)
        : { parts: [], unmergeable: [] as PdfEvidenceItem[] };
    if (lead.role !== 'original') {
      const kind = partKindOf(lead.mediaType);
      if (kind && lead.byteSize > 0)
        parts.push({
          evidenceId: lead.id,
          role: lead.role,
          title: lead.title,
          kind,
          byteSize: lead.byteSize,
          language: lead.language,
        });
      else unmergeable.push(lead);
    }
    for (const u of unmergeable) gap('unmergeable', u);
    if (lead.role === 'original' && isForeignLanguage(lead.language)) {
      const translations = parts.filter((p) => p.role === 'translation');
      if (translations.length === 0) gap('no-translation', lead);
      else if (!parts.some((p) => p.role === 'certificate')) gap('no-certificate', lead);
    }
    if (parts.length === 0) continue;
    items.push({
      number: lead.exhibitNumber?.trim() ?? '',
      tab: lead.exhibitTab,
      description: ctx.withholder.text(lead.description ? `${lead.title} — ${lead.description}` : lead.title),
      documentDate: lead.documentDate,
      parts: parts.map((p) => ({ ...p, title: ctx.withholder.text(p.title) })),
    });
  }

  const caption = courtCaption(ctx, filing.packetTitle);
  return {
    kind: 'packet',
    clientName: caption.respondent,
    generatedAt: input.generatedAt,
    caption,
    aNumber: caption.aNumber,
    items,
    tabs: options.tabs,
    filing,
    gaps,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The packet's own pages as a document model: caption and contents, separators, text exhibits, proof of service. */
export function packetDocument(
  plan: PacketPlan,
  ranges: readonly [number, number][] | null,
  texts: Readonly<Record<string, string>>,
): Assembled {
  const sections: Section[] = [];
  const roles: SectionRole[] = [];
  const push = (section: Section, role: SectionRole) => {
    sections.push(section);
    roles.push(role);
  };
  push(
    {
      id: 'contents',
      title: 'Table of contents',
      untitled: true,
      blocks: [
        {
          type: 'table',
          columns: [
            { header: 'Exhibit', width: 0.9 },
            { header: 'Tab', width: 0.6 },
            { header: 'Description', width: 4.4 },
            { header: 'Date of document', width: 1.3 },
            { header: 'Pages', width: 1, align: 'right' },
          ],
          rows: plan.items.map((item, i) => [
            { text: item.number, bold: true },
            { text: item.tab ?? '' },
            { text: item.description, ...(partsNote(item) ? { note: partsNote(item) } : {}) },
            { text: formatDate(item.documentDate) || '—' },
            // Before the pages are counted the column holds a placeholder of the same width.
            { text: ranges ? rangeText(ranges[i]) : '0000–0000' },
          ]),
          empty: 'No exhibit marked for the court has a number and a file yet.',
        },
      ],
    },
    { type: 'front' },
  );
  push(signatureSection(plan.filing, 'Respectfully submitted,'), { type: 'front' });
  plan.items.forEach((item, i) => {
    if (plan.tabs)
      push(
        separatorSection(`Exhibit ${item.number}`, [
          item.tab ? `Tab ${item.tab}` : '',
          item.description,
          ranges ? `Pages ${rangeText(ranges[i])}` : 'Pages 0000–0000',
        ]),
        { type: 'separator', item: i },
      );
    for (const part of item.parts)
      if (part.kind === 'text')
        push(textPartSection(part, texts[part.evidenceId] ?? ''), {
          type: 'text',
          item: i,
          evidenceId: part.evidenceId,
        });
  });
  push(proofOfServiceSection(plan), { type: 'back' });

  const title = plan.caption.title;
  return {
    document: {
      profile: 'court',
      title,
      audience: 'Immigration court',
      clientName: plan.clientName,
      generatedAt: plan.generatedAt,
      generatedLabel: formatDateTime(plan.generatedAt),
      privilegeLine: '',
      // The packet's pages are numbered by one stamp across the merged files: nothing else in the footer.
      furniture: {
        ...furnitureFor('court', {
          title,
          clientName: plan.clientName,
          audience: '',
          generatedLabel: '',
          aNumber: plan.aNumber,
        }),
        runningHeader: { left: '', right: '' },
        pageNumbers: false,
      },
      caption: plan.caption,
      cover: { overline: '', names: [], facts: [], notice: '', disclaimer: '', compact: true },
      sections,
      omitted: {
        hiddenSections: [],
        hiddenFields: [],
        recordsOutOfScope: 0,
        evidenceOutOfScope: 0,
        cardsOutOfScope: 0,
        deadlinesOutOfScope: 0,
        clientDetailsOutOfScope: false,
        unnumberedExhibits: plan.gaps.filter((g) => g.kind === 'unnumbered').length,
        withheldValues: 0,
      },
    },
    roles,
  };
}

/** "Respectfully submitted," and the attorney's signature block from the filing profile. */
export function signatureSection(filing: FilingParties, opening: string): Section {
  const a = filing.attorney;
  return {
    id: 'signature',
    title: 'Signature',
    untitled: true,
    blocks: [
      { type: 'paragraph', text: opening },
      { type: 'ruled', lines: 2, pages: 0 },
      {
        type: 'paragraph',
        text: [
          a.name || 'Attorney’s name',
          a.firm,
          ...(a.address ?? '').split('\n'),
          joinNonEmpty([a.phone, a.email], ' · '),
          joinNonEmpty(
            [
              a.eoirId && `EOIR ID: ${a.eoirId}`,
              a.barNumber && `Bar No. ${a.barNumber}${a.barJurisdiction ? ` (${a.barJurisdiction})` : ''}`,
            ],
            ' · ',
          ),
          'Attorney for the Respondent',
        ]
          .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
          .join('\n'),
      },
    ],
  };
}

function proofOfServiceSection(plan: PacketPlan): Section {
  const f = plan.filing;
  const office =
    f.opla.office || 'the Office of the Principal Legal Advisor, U.S. Immigration and Customs Enforcement';
  const address = (f.opla.address ?? '').replace(/\n+/g, ', ');
  const date = f.serviceDate ? formatDate(f.serviceDate) : '____________________';
  return {
    id: 'proof-of-service',
    title: 'Certificate of service',
    newPage: true,
    blocks: [
      {
        type: 'paragraph',
        text: `In the Matter of ${plan.caption.respondent}${plan.aNumber ? `, ${plan.aNumber}` : ''}`,
      },
      {
        type: 'paragraph',
        text:
          `On ${date}, I served a copy of this ${lowerFirst(plan.caption.title)} and every attached page on the ` +
          `Department of Homeland Security, ${office}${address ? `, ${address}` : ''}, by ${SERVICE_METHOD_TEXT[f.serviceMethod]}.`,
      },
      ...signatureSection(f, 'Signed,').blocks,
      { type: 'paragraph', text: `Date: ${date}` },
    ],
  };
}

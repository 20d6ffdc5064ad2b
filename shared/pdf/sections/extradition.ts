import { DEFENCE_LABELS } from '../labels';
import { fields, paragraphs, formatDate } from '../format';
import { type PdfContext, ofKind } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Each extradition track, step by step. */
export function extraditionSection(ctx: PdfContext): SectionParts {
  return { blocks: extraditionBlocks(ctx) };
}

function extraditionBlocks(ctx: PdfContext): (Block | null)[] {
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

import { FRONT_LABELS } from '../../dossier/records';
import { buildTimeline } from '../../dossier/timeline';
import { cell, formatDate } from '../format';
import { type PdfContext, shows } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Every dated event and deadline in order. */
export function timelineSection(ctx: PdfContext): SectionParts {
  return { blocks: [timelineTable(ctx)] };
}

function timelineTable(ctx: PdfContext): Block {
  const events = buildTimeline({
    records: ctx.records,
    deadlines: shows(ctx, 'computed-dates') ? ctx.deadlines : [],
  });
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

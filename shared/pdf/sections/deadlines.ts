import type { ComputedDeadline } from '../../deadlines/engine';
import { cell, joinNonEmpty, formatDate } from '../format';
import type { PdfContext } from '../context';
import type { Block, Cell } from '../model';
import type { SectionParts } from './section';

/** Every deadline with its rule and source (open ones only in the visit pack). */
export function deadlinesSection(ctx: PdfContext): SectionParts {
  return {
    blocks: [deadlinesTable(ctx)],
    intro:
      ctx.profile === 'visit'
        ? 'Open deadlines only. Each date is computed from the dossier and must be checked.'
        : 'Each date shows the rule it follows and its source. Dates are an aid to be checked.',
  };
}

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

function deadlinesTable(ctx: PdfContext): Block {
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

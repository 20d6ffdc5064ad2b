import type { Check } from '../../deadlines/checks';
import { cell } from '../format';
import type { PdfContext } from '../context';
import type { Block, Cell } from '../model';
import type { SectionParts } from './section';

/** The checks the dossier raises, by severity, with their sources. */
export function checksSection(ctx: PdfContext): SectionParts {
  return { blocks: [checksTable(ctx)] };
}

const SEVERITY_LABEL: Record<Check['severity'], Cell> = {
  critical: { text: 'Critical', tone: 'critical', bold: true },
  warning: { text: 'Warning', tone: 'warning', bold: true },
  info: { text: 'To do', tone: 'muted' },
};

function checksTable(ctx: PdfContext): Block {
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

import { INCIDENT_ACT_LABELS } from '../../dossier/timeline';
import { ACTOR_TYPE_LABELS, GROUND_LABELS } from '../labels';
import { cell, joinNonEmpty, formatDate } from '../format';
import { type PdfContext, ofKind } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Persecution incidents in date order. */
export function incidentsSection(ctx: PdfContext): SectionParts {
  return { blocks: [incidentsTable(ctx)] };
}

function incidentsTable(ctx: PdfContext): Block {
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

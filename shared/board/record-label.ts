import { RECORD_KIND_LABELS, type DossierRecord } from '../dossier/records';

/** A short, recognisable name for a dossier record a card links to ("Hearing · individual · 2026-12-03"). */
export function recordLabel(record: DossierRecord): string {
  const kind = RECORD_KIND_LABELS[record.kind];
  switch (record.kind) {
    case 'hearing':
      return `${kind} · ${record.data.kind} · ${record.data.date}`;
    case 'decision':
      return `${kind} · ${record.data.body} · ${record.data.date}`;
    case 'custody':
      return `${kind} · arrested ${record.data.arrestDate}`;
    case 'interpol':
      return `${kind} · ${record.data.requestingCountry}${record.data.controlNumber ? ` · ${record.data.controlNumber}` : ''}`;
    case 'ccf':
      return `${kind} · ${record.data.type}${record.data.filedDate ? ` · filed ${record.data.filedDate}` : ''}`;
    case 'extradition':
      return `${kind}${record.data.requestingCountry ? ` · ${record.data.requestingCountry}` : ''}`;
    case 'home-case':
      return `${kind} · ${record.data.country}${record.data.caseNumber ? ` · ${record.data.caseNumber}` : ''}`;
    case 'incident':
      return `${kind} · ${record.data.date}`;
    case 'party':
      return `${kind} · ${record.data.name}`;
    case 'note':
      return `${kind} · ${record.data.title}`;
    case 'foia':
      return `${kind} · ${record.data.agency.toUpperCase()}`;
    case 'immigration':
      return kind;
  }
}

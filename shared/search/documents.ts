import { RECORD_KIND_LABELS, type RecordKind } from '../dossier/records';
import { foldForSearch } from '../dossier/search-text';

/**
 * What the full-text index holds, built from a dossier and its evidence. Pure and loosely typed on purpose: the
 * services pass parsed records, and migration 0003 passes the JSON it reads from older rows, through the same code.
 *
 * Three columns, weighted by the search (names highest): `names` holds only the client's own names and aliases,
 * `title` the short identifying text (titles, numbers, file names, people), `body` the long text.
 */
export type SearchDocKind = 'client' | 'record' | 'evidence' | 'deadline';

export interface SearchDocument {
  kind: SearchDocKind;
  refId: string;
  /** What a result row says it is, e.g. "Note · Meeting with counsel"; never the matched text itself. */
  label: string;
  names: string;
  title: string;
  body: string;
}

type Json = Record<string, unknown>;

export interface ClientLike {
  familyName: string;
  givenNames: string;
  aliases?: readonly { name: string }[];
  placeOfBirth?: string;
}

export interface RecordLike {
  id: string;
  kind: string;
  data: unknown;
}

/** A deadline the attorney entered: its own words are searchable (computed deadlines are the rules' words). */
export interface CustomDeadlineLike {
  id: string;
  data: { title: string; source?: string; note?: string };
}

export interface EvidenceLike {
  id: string;
  title: string;
  fileName: string;
  description?: string | null;
  source?: string | null;
  obtainedBy?: string | null;
  language?: string | null;
  exhibitNumber?: string | null;
  exhibitTab?: string | null;
}

/** Per record kind: the fields of its data that are indexed (a `*` steps into every element of an array). */
const RECORD_FIELDS: Record<RecordKind, { label?: string; title: string[]; body: string[] }> = {
  immigration: {
    title: ['aNumber', 'court', 'judge', 'i94Number'],
    body: [
      'entryPort',
      'currentStatus',
      'ntaCharges',
      'pleadings',
      'dhsCounsel',
      'eoirCaseStatus',
      'socialGroupFormulation',
      'barsAnalysis',
    ],
  },
  hearing: { label: 'date', title: ['court', 'judge'], body: ['needs', 'outcome'] },
  decision: { label: 'date', title: [], body: ['summary'] },
  foia: { label: 'trackingNumber', title: ['trackingNumber'], body: ['note'] },
  custody: {
    label: 'facility',
    title: ['facility', 'detaineeId'],
    body: [
      'arrestPlace',
      'statedBasis',
      'releaseConditions',
      'alternativesToDetention',
      'transfers.*.facility',
    ],
  },
  interpol: {
    label: 'controlNumber',
    title: ['controlNumber', 'requestingCountry', 'warrantNumber'],
    body: [
      'issuingAuthority',
      'factsAlleged',
      'charges.*.description',
      'charges.*.articles',
      'compliance.notes',
    ],
  },
  ccf: { title: [], body: ['interimMeasures', 'correspondence'] },
  extradition: {
    label: 'requestingCountry',
    title: ['treaty', 'requestingCountry'],
    body: ['judge', 'ausa', 'oiaContact', 'notes'],
  },
  'home-case': {
    label: 'caseNumber',
    title: ['caseNumber', 'country', 'court'],
    body: [
      'judge',
      'prosecutor',
      'charges.*.description',
      'charges.*.articles',
      'inAbsentiaSentence',
      'localCounsel',
      'assetFreezes',
      'relatedCases',
      'officialStatements',
      'indicatorNotes',
    ],
  },
  incident: {
    label: 'date',
    title: ['place', 'actor', 'people.*.name'],
    body: ['summary', 'acts.*.description', 'injuries', 'reported'],
  },
  party: { label: 'name', title: ['name', 'organization'], body: ['contact', 'note'] },
  note: { label: 'title', title: ['title'], body: ['body'] },
};

function valuesAt(data: unknown, path: string): string[] {
  let current: unknown[] = [data];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      if (part === '*') {
        if (Array.isArray(value)) next.push(...(value as unknown[]));
      } else {
        next.push((value as Json)[part]);
      }
    }
    current = next;
  }
  return current.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

function join(values: readonly (string | null | undefined)[]): string {
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(' \n ');
}

export function clientNames(client: ClientLike): string[] {
  return [client.familyName, client.givenNames, ...(client.aliases ?? []).map((a) => a.name)];
}

/** The documents of one dossier: the client, and one per record that has any text. */
export function dossierDocuments(
  clientId: string,
  client: ClientLike,
  records: readonly RecordLike[],
  customDeadlines: readonly CustomDeadlineLike[] = [],
): SearchDocument[] {
  const aNumbers = records
    .filter((r) => r.kind === 'immigration')
    .flatMap((r) => valuesAt(r.data, 'aNumber'))
    .flatMap((a) => [a, a.replace(/\D/g, '')]);
  const docs: SearchDocument[] = [
    {
      kind: 'client',
      refId: clientId,
      label: 'Client',
      names: join(clientNames(client)),
      title: join(aNumbers),
      body: join([client.placeOfBirth]),
    },
  ];
  for (const record of records) {
    const fields = RECORD_FIELDS[record.kind as RecordKind] as (typeof RECORD_FIELDS)[RecordKind] | undefined;
    if (!fields) continue;
    const title = join(fields.title.flatMap((path) => valuesAt(record.data, path)));
    const body = join(fields.body.flatMap((path) => valuesAt(record.data, path)));
    if (!title && !body) continue;
    const kindLabel = RECORD_KIND_LABELS[record.kind as RecordKind];
    const detail = fields.label ? valuesAt(record.data, fields.label)[0] : undefined;
    docs.push({
      kind: 'record',
      refId: record.id,
      label: detail ? `${kindLabel} · ${detail.slice(0, 80)}` : kindLabel,
      names: '',
      title,
      body,
    });
  }
  for (const deadline of customDeadlines) {
    docs.push({
      kind: 'deadline',
      refId: deadline.id,
      label: `Deadline · ${deadline.data.title.slice(0, 80)}`,
      names: '',
      title: join([deadline.data.title, deadline.data.source]),
      body: join([deadline.data.note]),
    });
  }
  return docs;
}

export function evidenceDocument(evidence: EvidenceLike): SearchDocument {
  const exhibit = [evidence.exhibitNumber, evidence.exhibitTab].filter(Boolean).join(' ');
  return {
    kind: 'evidence',
    refId: evidence.id,
    label: exhibit ? `Evidence · Exhibit ${exhibit}` : 'Evidence',
    names: '',
    title: join([evidence.title, evidence.fileName, evidence.exhibitNumber, evidence.exhibitTab]),
    body: join([evidence.description, evidence.source, evidence.obtainedBy, evidence.language]),
  };
}

/** The folded words of a client's names and aliases, for the typo-tolerant name search. */
export function nameTerms(client: ClientLike): string[] {
  const terms = new Set<string>();
  for (const name of clientNames(client)) {
    for (const term of foldForSearch(name).split(/[^\p{L}\p{N}]+/u)) {
      if ([...term].length >= 2) terms.add(term);
    }
  }
  return [...terms];
}

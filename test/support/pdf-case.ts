import { randomUUID } from 'node:crypto';
import { insertEvidenceRow } from '../../db/evidence';
import { linkEvidenceRow } from '../../db/checklists';
import type { Services } from '../../electron/services';
import { DEFAULT_TEMPLATE_ID } from '../../shared/evidence/default-template';
import { EVIDENCE_CATEGORIES } from '../../shared/evidence/categories';
import type { SharingScope } from '../../shared/dossier/common';

/**
 * One realistic dossier for the PDF tests, the e2e export and the benchmark: every front, names in four scripts,
 * records in every sharing scope, evidence with exhibit numbers, a checklist and board cards. Each record that must
 * stay inside the firm carries a marker string the tests look for (and must not find) in the extracted text.
 */
export const MARKERS = {
  clientOnlyIncident: 'Marker client-only incident Qzx',
  clientOnlyNote: 'Marker client-only note Qzx',
  clientOnlyEvidence: 'Marker client-only exhibit Qzx',
  clientOnlyCard: 'Marker client-only card Qzx',
  counselOnlyCustody: 'Elizabeth Contract Detention Facility',
  address: '41 Harbor Lane, Newark',
  contact: 'aziz.safe@example.org',
  family: 'Olena Petrova',
  aNumber: 'A-123-456-789',
  detaineeId: 'DET-55501',
} as const;

export const NAMES = {
  latin: 'PETROV, Ivan Sergeyevich',
  cyrillic: 'Иван Сергеевич Петров',
  arabic: 'إيفان بيتروف',
  chinese: '伊万 彼得罗夫',
} as const;

const SCOPES: SharingScope[] = ['counsel-team', 'court', 'ccf', 'client-only', 'public'];

/** Seeds the case into an unlocked vault and returns the client id. `evidence` items are written as rows directly. */
export function seedPdfCase(services: Services, { evidence = 30 }: { evidence?: number } = {}): string {
  const { dossiers } = services;
  const dossier = dossiers.create({
    familyName: 'Petrov',
    givenNames: 'Ivan Sergeyevich',
    aliases: [
      { name: NAMES.cyrillic, kind: 'birth-name', script: 'cyrillic' },
      { name: NAMES.arabic, kind: 'transliteration', script: 'arabic', note: 'As spelled on a Gulf visa' },
      { name: NAMES.chinese, kind: 'transliteration', script: 'chinese', note: 'Hong Kong bank records' },
      { name: 'Ivan Petroff', kind: 'alias' },
    ],
    dateOfBirth: '1979-05-14',
    placeOfBirth: 'Yekaterinburg',
    nationalities: ['Russia'],
    gender: 'Male',
    languages: ['Russian', 'English (basic)'],
    interpreterNeeded: 'yes',
    interpreterLanguage: 'Russian',
    identityDocuments: [
      { type: 'passport', number: '75 1234567', country: 'Russia', expiresOn: '2029-02-01' },
    ],
    contacts: [
      { channel: 'signal', value: MARKERS.contact, safeContactInstructions: 'Evenings only; never by SMS.' },
      { channel: 'address', value: MARKERS.address, since: '2025-04-01' },
    ],
    family: [
      { name: MARKERS.family, relationship: 'Sister', location: 'Yekaterinburg', risk: 'at-risk' },
      { name: 'محمد علي', relationship: 'Brother-in-law', location: 'Dubai', risk: 'safe' },
    ],
    vulnerabilities: 'Hypertension; sleep disorder since the 2024 detention.',
    status: 'active',
    intakeDate: '2026-04-02',
    scope: 'counsel-team',
  });
  const id = dossier.id;
  const save = (record: Parameters<typeof dossiers.saveRecord>[1]) => dossiers.saveRecord(id, record);

  save({
    kind: 'immigration',
    scope: 'counsel-team',
    data: {
      aNumber: MARKERS.aNumber,
      entryDate: '2025-03-10',
      lastArrivalDate: '2025-12-20',
      entryPort: 'JFK',
      entryManner: 'visa',
      visaClass: 'B-2',
      ntaServedDate: '2026-05-02',
      ntaFiledDate: '2026-05-20',
      ntaCharges: 'INA 237(a)(1)(B): remained longer than permitted.',
      court: 'Elizabeth Immigration Court',
      judge: 'R. Alvarez',
      reliefSought: ['asylum', 'withholding', 'cat-withholding'],
      asylumFilingPlan: 'defensive',
      protectedGrounds: ['political-opinion'],
      barsAnalysis:
        'DHS may argue the serious nonpolitical crime bar from the Red Notice alone. The charges are “relative” ' +
        'political offences brought after the client funded an opposition newspaper.',
    },
  });
  save({
    kind: 'hearing',
    scope: 'court',
    data: {
      kind: 'master',
      date: '2026-12-15',
      time: '09:00',
      detained: true,
      court: 'Elizabeth',
      judge: 'R. Alvarez',
    },
  });
  save({
    kind: 'custody',
    scope: 'counsel-team',
    data: {
      arrestDate: '2026-05-02',
      arrestPlace: 'ICE check-in, Newark',
      arrestSetting: 'ice-check-in',
      agency: 'ice-ero',
      statedBasis: 'INTERPOL Red Notice',
      redNoticeSoleBasis: true,
      facility: MARKERS.counselOnlyCustody,
      detaineeId: MARKERS.detaineeId,
      custodyDeterminationDate: '2026-05-03',
      bondHearingDate: '2026-06-01',
      bondDecisionDate: '2026-06-01',
      bondResult: 'denied',
    },
  });
  const notice = save({
    kind: 'interpol',
    scope: 'ccf',
    data: {
      type: 'red-notice',
      controlNumber: 'A-1234/5-2024',
      requestingCountry: 'Russia',
      issuingAuthority: 'Basmanny District Court of Moscow',
      warrantNumber: '3/12-455',
      warrantDate: '2024-02-11',
      issuedDate: '2024-04-03',
      basis: 'prosecution',
      charges: [
        { description: 'Large-scale fraud', articles: 'Art. 159(4) Criminal Code', maxPenaltyYears: 10 },
        { description: 'Dissemination of false information', articles: 'Art. 207.3', maxPenaltyYears: 1 },
      ],
      factsAlleged: 'Alleged diversion of investor funds of a publishing company in 2019–2021.',
      cameToLight: 'arrest',
      status: 'active',
      compliance: {
        article2HumanRights: true,
        article3Factors: ['status-of-person', 'general-context', 'neutrality'],
        article83ExcludedCategory: false,
        refugeePolicyApplies: false,
        dataQualityIssues: true,
        chargesFactsIncoherent: true,
        notes: 'The warrant followed the client’s funding of an opposition newspaper by six weeks.',
      },
    },
  });
  const noticeId = notice.records.find((r) => r.kind === 'interpol')?.id;
  save({
    kind: 'ccf',
    scope: 'ccf',
    data: {
      type: 'deletion',
      interpolRecordId: noticeId,
      filedDate: '2026-06-10',
      admissibilityDate: '2026-07-01',
    },
  });
  save({
    kind: 'extradition',
    scope: 'counsel-team',
    data: { treaty: 'None in force', requestingCountry: 'Russia', diplomaticNoteDate: '2026-06-20' },
  });
  save({
    kind: 'home-case',
    scope: 'ccf',
    data: {
      country: 'Russia',
      caseNumber: '1-455/2024',
      court: 'Basmanny District Court',
      stage: 'indictment',
      openedDate: '2024-01-15',
      fileAccess: 'partial',
      indicators: ['status-of-person', 'timing', 'relative-political-offence', 'media-smear'],
    },
  });
  save({
    kind: 'incident',
    scope: 'client-only',
    data: {
      date: '2023-09-14',
      place: 'Moscow',
      actor: 'FSB officers',
      acts: [{ type: 'raid', description: MARKERS.clientOnlyIncident }],
      nexus: ['political-opinion'],
    },
  });
  save({
    kind: 'incident',
    scope: 'ccf',
    data: {
      date: '2024-03-02',
      place: 'Moscow',
      actor: 'State television',
      acts: [{ type: 'smear', description: 'Prime-time segment calling the client a fugitive swindler.' }],
      nexus: ['political-opinion'],
    },
  });
  save({
    kind: 'party',
    scope: 'counsel-team',
    data: {
      name: 'Dana Whitfield',
      role: 'ccf-counsel',
      organization: 'Whitfield & Roe (Lyon)',
      contact: 'dana@whitfield.example',
      commonInterestAgreement: true,
    },
  });
  save({
    kind: 'note',
    scope: 'client-only',
    data: {
      title: 'Strategy',
      date: '2026-06-11',
      body: `${MARKERS.clientOnlyNote}: hold the CCF filing until the bond appeal.`,
    },
  });

  seedEvidence(services, id, evidence);
  seedBoard(services, id);
  return id;
}

function seedEvidence(services: Services, clientId: string, count: number): void {
  const db = services.vault.current().db;
  const now = services.clock.now();
  const lists = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
  const items = lists.flatMap((l) => l.items);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const scope = SCOPES[i % SCOPES.length] ?? 'counsel-team';
      const evidenceId = randomUUID();
      const title =
        scope === 'client-only'
          ? `${MARKERS.clientOnlyEvidence} ${i + 1}`
          : `Exhibit source document ${i + 1}`;
      insertEvidenceRow(db, {
        id: evidenceId,
        client_id: clientId,
        state: 'complete',
        title,
        description: i % 3 === 0 ? 'Certified copy with apostille.' : null,
        category: EVIDENCE_CATEGORIES[i % EVIDENCE_CATEGORIES.length] ?? null,
        file_name: `document-${i + 1}.pdf`,
        media_type: 'application/pdf',
        byte_size: 0,
        chunk_bytes: 1024 * 1024,
        chunk_count: 0,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        source: 'Client',
        obtained_by: 'Counsel',
        obtained_on: '2026-06-01',
        language: i % 2 === 0 ? 'Russian' : 'English',
        scope,
        exhibit_number:
          scope === 'client-only' ? null : `${Math.floor(i / 26) > 0 ? 'A' : ''}${(i % 26) + 1}`,
        exhibit_tab: scope === 'client-only' ? null : String.fromCharCode(65 + (i % 26)),
        authentication: null,
        served_on: scope === 'court' ? '2026-11-01' : null,
        document_date: `2024-0${(i % 9) + 1}-1${i % 10}`,
        translation_of: null,
        certificate_for: null,
        verified_at: null,
        verified_ok: null,
        created_at: now,
        updated_at: now,
        revision: 1,
      });
      const item = items[i % Math.max(1, items.length)];
      if (item && i < items.length) linkEvidenceRow(db, item.id, evidenceId, now);
    }
  })();
  for (const item of items.slice(0, 6)) {
    services.checklists.updateItem(item.id, item.revision, { status: 'received' });
  }
}

function seedBoard(services: Services, clientId: string): void {
  const { board } = services;
  board.saveCard(clientId, {
    title: 'File the CCF deletion request',
    lane: 'ccf',
    status: 'done',
    scope: 'ccf',
  });
  board.saveCard(clientId, {
    title: 'Bond appeal to the BIA',
    lane: 'us-immigration',
    status: 'in-progress',
    due: { type: 'manual', date: '2026-12-01' },
    scope: 'counsel-team',
  });
  board.saveCard(clientId, {
    title: 'Expert on Russian prosecutions',
    lane: 'us-criminal',
    scope: 'counsel-team',
  });
  board.saveCard(clientId, { title: MARKERS.clientOnlyCard, lane: 'advocacy', scope: 'client-only' });
}

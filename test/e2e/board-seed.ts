import type { Services } from '../../electron/services';
import type { BoardCard, CardInput } from '../../shared/board/board';
import { CARD_STATUSES } from '../../shared/board/board';
import { addDays } from '../../shared/deadlines/calendar';

export interface SeededBoard {
  today: string;
  clientId: string;
  cards: Record<
    'expert' | 'translation' | 'i589' | 'ncb' | 'bond' | 'access' | 'deletion' | 'home' | 'wgad',
    BoardCard
  >;
  parties: Record<'immigration' | 'criminal' | 'home' | 'ccf', string>;
  notes: { contacts: string };
}

/**
 * One Red Notice case with its board, written through the services the app uses: a detained client (Red Notice
 * arrest), an individual hearing in 24 days, a pending CCF deletion request, and cards in every lane — some of which
 * the sequencing checks flag.
 */
export function seedCaseBoard(services: Services): SeededBoard {
  const today = services.clock.today();
  const { id: clientId } = services.dossiers.create({
    familyName: 'Aydin',
    givenNames: 'Selim',
    nationalities: ['Türkiye'],
    status: 'active',
  });
  const save = (record: Parameters<Services['dossiers']['saveRecord']>[1]) =>
    services.dossiers.saveRecord(clientId, record);

  save({
    kind: 'immigration',
    data: {
      lastArrivalDate: addDays(today, -300),
      ntaServedDate: addDays(today, -60),
      ntaFiledDate: addDays(today, -50),
      asylumFilingPlan: 'defensive',
      reliefSought: ['asylum', 'withholding', 'cat-withholding'],
    },
  });
  save({
    kind: 'custody',
    data: {
      arrestDate: addDays(today, -40),
      redNoticeSoleBasis: true,
      statedBasis: 'INTERPOL Red Notice (Türkiye)',
    },
  });
  save({ kind: 'interpol', scope: 'ccf', data: { type: 'red-notice', requestingCountry: 'Türkiye' } });
  save({ kind: 'ccf', scope: 'ccf', data: { type: 'deletion', filedDate: addDays(today, -30) } });
  save({ kind: 'hearing', data: { kind: 'individual', date: addDays(today, 24), detained: true } });
  save({ kind: 'note', scope: 'client-only', data: { title: 'Family contacts at home' } });
  const partyOf = (name: string, role: string, organization: string) =>
    save({ kind: 'party', data: { name, role: role as 'ngo', organization } }).records.find(
      (r) => r.kind === 'party' && r.data.name === name,
    )?.id as string;
  const parties = {
    immigration: partyOf('Dana Whitfield', 'us-immigration-counsel', 'Whitfield Immigration'),
    criminal: partyOf('Marcus Hale', 'us-criminal-counsel', 'Hale & Ortiz'),
    home: partyOf('Elif Kaya', 'home-country-counsel', 'Kaya Hukuk'),
    ccf: partyOf('Claire Dubois', 'ccf-counsel', 'Dubois Avocats'),
  };
  const dossier = services.dossiers.get(clientId);
  const note = dossier.records.find((r) => r.kind === 'note')?.id as string;
  const hearing = dossier.records.find((r) => r.kind === 'hearing')?.id as string;
  const oneYear = dossier.deadlines.find((d) => d.ruleId === 'asylum-one-year')?.key as string;

  const add = (card: CardInput) => services.board.saveCard(clientId, card);
  const expert = add({
    title: 'Country-conditions expert report',
    lane: 'us-immigration',
    kind: 'expert-report',
    ownerPartyId: parties.immigration,
    due: { type: 'manual', date: addDays(today, 30) },
    forum: 'Immigration court',
    legalBasis: 'Matter of J-G-T-, 28 I&N Dec. 97',
    links: [{ kind: 'record', id: hearing }],
  });
  const translation = add({
    title: 'Certified translation of the arrest warrant',
    lane: 'us-immigration',
    kind: 'translation',
    ownerPartyId: parties.immigration,
    due: { type: 'manual', date: addDays(today, 10) },
    legalBasis: '8 CFR 1003.33',
  });
  const i589 = add({
    title: 'File the I-589 with the immigration court',
    lane: 'us-immigration',
    kind: 'asylum-application',
    status: 'in-progress',
    ownerPartyId: parties.immigration,
    due: { type: 'deadline', key: oneYear },
    forum: 'Immigration court',
    legalBasis: 'INA 208(a)(2)(B)',
    blockedBy: [expert.id, translation.id],
  });
  const ncb = add({
    title: 'Demand ICE’s 15006.1 record from OPLA',
    lane: 'us-immigration',
    kind: 'ncb-documentation',
    ownerPartyId: parties.immigration,
    due: { type: 'manual', date: addDays(today, -2) },
    forum: 'DHS / ICE (OPLA)',
    legalBasis: 'ICE Directive 15006.1',
  });
  const bond = add({
    title: 'Bond motion addressing the Red Notice',
    lane: 'us-immigration',
    kind: 'filing',
    status: 'waiting',
    ownerPartyId: parties.immigration,
    forum: 'Immigration court (detained docket)',
    blockedBy: [ncb.id],
  });
  const access = add({
    title: 'CCF access request',
    lane: 'ccf',
    kind: 'ccf-request',
    status: 'done',
    scope: 'ccf',
    ownerPartyId: parties.ccf,
  });
  const deletion = add({
    title: 'CCF deletion request: Art. 3 predominance',
    lane: 'ccf',
    kind: 'ccf-request',
    status: 'waiting',
    scope: 'ccf',
    ownerPartyId: parties.ccf,
    blockedBy: [access.id],
    links: [{ kind: 'record', id: note }],
  });
  const home = add({
    title: 'Obtain the full criminal case file',
    lane: 'home-country',
    kind: 'evidence',
    ownerPartyId: parties.home,
    due: { type: 'manual', date: addDays(today, 45) },
  });
  add({
    title: 'Monitor for a provisional arrest request',
    lane: 'us-criminal',
    ownerPartyId: parties.criminal,
  });
  add({
    title: 'Political offense exception memo',
    lane: 'us-criminal',
    kind: 'extradition-defence',
    status: 'in-progress',
    ownerPartyId: parties.criminal,
  });
  const wgad = add({
    title: 'WGAD communication on the detention',
    lane: 'advocacy',
    kind: 'filing',
    scope: 'public',
    due: { type: 'manual', date: addDays(today, 14) },
  });
  return {
    today,
    clientId,
    cards: { expert, translation, i589, ncb, bond, access, deletion, home, wgad },
    parties,
    notes: { contacts: note },
  };
}

const FAMILY_NAMES = [
  'Volkov',
  'Estrada Morales',
  'Okonkwo',
  'Karimova',
  'Tan',
  'Haddad',
  'Nguyen',
  'Petrova',
  'Mendoza',
  'Rahimi',
  'Sokolova',
  'Bashir',
  'Lin',
  'Ortega',
  'Yusupov',
  'Castillo',
  'Demir',
  'Abdullaev',
  'Herrera',
  'Zhang',
  'Ivanova',
];
const GIVEN_NAMES = [
  'Aleksei',
  'Lucía',
  'Chidi',
  'Dilnoza',
  'Wei',
  'Omar',
  'Thi Lan',
  'Irina',
  'Jorge',
  'Farid',
];

/** A practice of 21 clients, each with the whole starter plan (24 cards) spread over the four columns: 504 cards. */
export function seedManyCards(services: Services): { clients: number; cards: number } {
  let cards = 0;
  FAMILY_NAMES.forEach((familyName, i) => {
    const { id } = services.dossiers.create({
      familyName,
      givenNames: GIVEN_NAMES[i % GIVEN_NAMES.length] as string,
      status: 'active',
    });
    services.dossiers.saveRecord(id, {
      kind: 'immigration',
      data: { lastArrivalDate: addDays(services.clock.today(), -200 - i * 7) },
    });
    const plan = services.board.starterPlan(id).map((p, j) => ({
      ...p.card,
      status: CARD_STATUSES[(i + j) % CARD_STATUSES.length],
      due:
        p.card.due.type === 'none'
          ? { type: 'manual' as const, date: addDays(services.clock.today(), ((i * 7 + j * 5) % 90) - 20) }
          : p.card.due,
    }));
    cards += services.board.applyStarterPlan(id, plan).created;
  });
  return { clients: FAMILY_NAMES.length, cards };
}

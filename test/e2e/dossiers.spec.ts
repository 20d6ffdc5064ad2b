import type { Page } from '@playwright/test';
import type { Services } from '../../electron/services';
import { generateDossiers } from '../../electron/services/seed/generate';
import { addDays } from '../../shared/deadlines/calendar';
import { computeDeadlines } from '../../shared/deadlines/engine';
import type { DossierListQuery } from '../../shared/dossier/dossier';
import { exportFileSchema } from '../../shared/dossier/export-format';
import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { DeadlinesPage } from './pages/deadlines-page';
import {
  ClientFormPage,
  DossierListPage,
  DossierPage,
  RecordFormPage,
  labelled,
} from './pages/dossier-pages';

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const formatDate = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));

/** The services' "today" (the e2e services run on the system clock). */
function today(services: Services): string {
  return services.clock.today();
}

/** A screenshot without the toasts of the steps before it. */
async function shot(page: Page, name: string): Promise<void> {
  const toasts = page.getByRole('region', { name: /Notification/ }).getByRole('button', { name: 'Dismiss' });
  for (const dismiss of await toasts.all()) await dismiss.click().catch(() => undefined);
  await expect(toasts).toHaveCount(0);
  await page.mouse.move(0, 0);
  await saveScreen(page, name);
}

/** Shows the list again so it reads what the services wrote behind the UI's back (no page reload needed). */
async function reopenDossiers(page: Page): Promise<void> {
  const frame = new AppFramePage(page);
  await frame.open('Settings');
  await frame.open('Dossiers');
}

/** Scrolls the app's main area (the page scrolls inside it, not the document). */
async function scrollMain(page: Page, to: 'top' | 'bottom' | number): Promise<void> {
  await page.locator('#main-content').evaluate((el, where) => {
    el.scrollTop = where === 'top' ? 0 : where === 'bottom' ? el.scrollHeight : Number(where);
  }, to);
}

test('a client created through the UI gets its one-year deadline with rule and source, the Art. 83 check, an override, and is found by a Cyrillic alias', async ({
  app,
  harbor,
}) => {
  test.setTimeout(120_000);
  await createVaultAndEnter(app);
  const list = new DossierListPage(app);
  await list.expectShown();
  await expect(app.getByRole('heading', { name: 'No dossiers yet' })).toBeVisible();
  await shot(app, '40-dossiers-empty');

  // Ctrl+N opens the new-client form.
  await app.keyboard.press('Control+n');
  const form = new ClientFormPage(app);
  await expect(form.form).toBeVisible();
  await expect(app.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();

  // Saving empty shows the errors beside the fields.
  await app.keyboard.press('Control+s');
  await expect(form.form.getByText('The family name is required.')).toBeVisible();

  await form.field('Family name').fill('Volkov');
  await form.field('Given names').fill('Aleksei');
  await form.field('Date of birth').fill('1979-05-14');
  await form.field('Place of birth').fill('Yekaterinburg, Russia');
  await form.addTag('Nationalities', 'Russia');
  await form.addAlias('Волков Алексей', 'Transliteration', 'Cyrillic');
  await form.addAlias('Aleksey Volkoff', 'Alias', 'Latin');
  await form.addTag('Languages spoken', 'Russian');
  await form.form
    .getByRole('group', { name: 'Interpreter needed' })
    .getByText('Yes', { exact: true })
    .click();
  await form.field('Interpreter language').fill('Russian');
  await form.form.getByRole('button', { name: 'Add contact' }).click();
  const contact = form.form.getByTestId('contacts-item').last();
  await labelled(contact, 'Number or address').fill('+1 305 555 0142');
  await contact
    .getByLabel('Safe-contact instructions')
    .fill('Signal only; never call the family landline in Russia.');
  await form.form.getByRole('button', { name: 'Add family member' }).click();
  const relative = form.form.getByTestId('family-item').last();
  await labelled(relative, 'Name').fill('Irina Volkova');
  await labelled(relative, 'Relationship').fill('Spouse');
  await relative.getByLabel('Risk').selectOption({ label: 'At risk' });
  await relative.getByLabel('Location').fill('Yekaterinburg');
  await form.field('Status').selectOption({ label: 'Active' });
  await scrollMain(app, 'top');
  await shot(app, '41-new-client-form');
  await scrollMain(app, 700);
  await shot(app, '42-new-client-form-aliases');
  await scrollMain(app, 'bottom');
  await shot(app, '43-new-client-form-scope');

  await app.keyboard.press('Control+s');
  const dossier = new DossierPage(app);
  await expect(dossier.view).toBeVisible();
  await expect(dossier.name).toHaveText('VOLKOV, Aleksei');
  const [clientId] = harbor.services.dossiers
    .list({ text: 'volkov', fronts: [], statuses: [], detained: 'any', sort: 'name', offset: 0, limit: 5 })
    .rows.map((r) => r.id);
  expect(clientId).toBeDefined();

  // U.S. immigration: entry/last arrival and NTA dates, then a hearing.
  const now = today(harbor.services);
  const lastArrival = addDays(now, -200);
  await dossier.openTab('U.S. immigration');
  let record = await dossier.addRecord('Add immigration status');
  await record.field('A-number').fill('A-212-345-678');
  await record.field('First entry').fill(lastArrival);
  await record.field('Last arrival').fill(lastArrival);
  await record.field('Port of entry').fill('Miami International Airport');
  await record.field('Manner of entry').selectOption({ label: 'With a visa' });
  await record.field('NTA served').fill(addDays(now, -150));
  await record.field('NTA filed with the court').fill(addDays(now, -120));
  await record.field('Immigration court').fill('Miami Immigration Court');
  await record.dialog.getByLabel('Asylum', { exact: true }).check();
  await record.dialog.getByLabel('Political opinion').check();
  await shot(app, '44-record-form-immigration');
  await record.save();
  await expect(app.getByTestId('record-immigration')).toContainText('A-number A-212-345-678');

  record = await dossier.addRecord('Add hearing');
  await record.field('Kind of hearing').selectOption({ label: 'Individual (merits) hearing' });
  await record.field('Date').fill(addDays(now, 45));
  await record.field('Time').fill('09:30');
  await record.field('Court').fill('Miami Immigration Court');
  await record.save();
  await expect(app.getByTestId('record-hearing')).toContainText('Individual (merits) hearing');

  // The one-year deadline, computed from the last arrival, with its rule and source.
  const expected = computeDeadlines({ lastArrivalDate: lastArrival }).find(
    (d) => d.ruleId === 'asylum-one-year',
  );
  if (!expected) throw new Error('The engine computed no one-year deadline.');
  await dossier.openTab('Deadlines');
  await expect(app.getByText('Computed deadlines are an aid, not legal advice')).toBeVisible();
  const oneYear = dossier.deadline('asylum-one-year');
  await expect(oneYear).toContainText('Asylum application: one-year filing deadline');
  await expect(oneYear).toContainText(formatDate(expected.dueDate));
  await expect(oneYear).toContainText('1 year after last arrival in the United States');
  await expect(oneYear).toContainText('INA 208(a)(2)(B), (D), (E); 8 CFR 1208.4(a)(2)');
  await expect(oneYear).toContainText('https://www.ecfr.gov/current/title-8/section-1208.4');
  await oneYear.getByText('The rule and how it is counted').click();
  await expect(oneYear).toContainText('clear and convincing evidence');
  // The pre-hearing filing rule follows the current EOIR Policy Manual: 30 days, nothing left to verify.
  const filing = dossier.deadline('eoir-filing-before-hearing');
  await expect(filing).toContainText('30 days before');
  await expect(filing.getByText('Verify', { exact: true })).toHaveCount(0);

  // INTERPOL: a Red Notice with a charge whose maximum penalty is one year.
  await dossier.openTab('INTERPOL & CCF');
  record = await dossier.addRecord('Add INTERPOL notice');
  await record.field('Requesting country (NCB)').fill('Russia');
  await record.field('Control or file number').fill('A-5521/7-2024');
  await record.field('Issued or circulated').fill(addDays(now, -400));
  await record.field('Issuing judicial authority').fill('Leninsky District Court, Yekaterinburg');
  await record.dialog.getByRole('button', { name: 'Add charge' }).click();
  const charge = record.dialog.getByTestId('charges-item').last();
  await labelled(charge, 'Charge').fill('Dissemination of false information');
  await charge.getByLabel('Articles cited').fill('Art. 207.3 Criminal Code');
  await charge.getByLabel('Maximum penalty').fill('1');
  await record.dialog.getByLabel('Charges and facts are not coherent').check();
  await record.dialog.getByLabel('Status of the person').check();
  await record.save();

  // The Art. 83 check appears on the dossier at once, and on the notice's card.
  await expect(dossier.checks).toContainText(
    'Dissemination of false information may not meet the Art. 83 penalty threshold',
  );
  await expect(app.getByTestId('record-interpol')).toContainText('Art. 83 penalty threshold');
  await shot(app, '45-front-interpol');

  // Override the one-year deadline with a reason.
  await dossier.openTab('Deadlines');
  await oneYear.getByRole('button', { name: 'Override date' }).click();
  const override = app.getByTestId('override-dialog');
  await expect(override).toBeVisible();
  const overrideDate = addDays(expected.dueDate, -21);
  await override.getByLabel('New due date').fill(overrideDate);
  await override.getByRole('button', { name: 'Override' }).click();
  await expect(override.getByText('Say why the date differs')).toBeVisible();
  await override.getByLabel('Reason').fill('Passport stamp shows an earlier re-entry than the I-94.');
  await override.getByRole('button', { name: 'Override' }).click();
  await expect(override).toHaveCount(0);
  await expect(oneYear.getByTestId('override-note')).toContainText(
    `Overridden: was ${formatDate(expected.dueDate)} — Passport stamp shows an earlier re-entry than the I-94.`,
  );
  await expect(oneYear).toContainText(formatDate(overrideDate));
  expect(
    harbor.services.dossiers.get(clientId as string).deadlines.find((d) => d.ruleId === 'asylum-one-year'),
  ).toMatchObject({ dueDate: overrideDate, override: { originalDueDate: expected.dueDate } });
  await scrollMain(app, 'top');
  await app.mouse.move(0, 0);
  await shot(app, '46-deadlines-override');
  await scrollMain(app, 420);
  await shot(app, '46-deadlines-override-detail');

  await dossier.openTab('Timeline');
  await expect(app.getByTestId('timeline-event').filter({ hasText: 'Red Notice issued' })).toBeVisible();
  await expect(app.getByTestId('timeline-today')).toHaveCount(1);
  await scrollMain(app, 'top');
  await shot(app, '47-timeline-new-client');

  await dossier.openTab('History');
  await expect(app.getByTestId('history-entry').first()).toContainText('Deadline overridden');
  await expect(
    app.getByTestId('history-entry').filter({ hasText: 'Added: INTERPOL notice or diffusion' }),
  ).toBeVisible();

  // The same deadline on the cross-client dashboard, with the overridden date, its rule and its source; the row
  // leads back to the dossier.
  const dashboard = await DeadlinesPage.open(new AppFramePage(app));
  await dashboard.window('All').click();
  const dashboardRow = dashboard.row(clientId as string, 'asylum-one-year');
  await expect(dashboardRow).toContainText('one-year filing deadline');
  await expect(dashboardRow).toContainText('208.4');
  await expect(dashboardRow).toContainText('Overridden');
  await dashboard.rowButton(dashboardRow).click();
  await expect(dossier.name).toHaveText('VOLKOV, Aleksei');

  // Back to the list (Esc), and the client is found by the Cyrillic spelling of the name.
  await app.keyboard.press('Escape');
  await list.expectShown();
  await expect(list.count).toHaveText('1 dossier');
  await list.search.fill('Волков');
  await expect(list.count).toHaveText('1 dossier match');
  await expect(list.row('VOLKOV, Aleksei')).toBeVisible();
  await expect(list.row('VOLKOV, Aleksei')).toContainText('Russia');
  await list.search.fill('Петров');
  await expect(app.getByRole('heading', { name: 'No dossiers match' })).toBeVisible();
  await shot(app, '48-dossiers-no-match');
  await app.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(list.count).toHaveText('1 dossier');
  // Arrow keys and Enter from the search box open the selected dossier.
  await list.search.focus();
  await app.keyboard.press('Enter');
  await expect(dossier.name).toHaveText('VOLKOV, Aleksei');
  await app.keyboard.press('Alt+ArrowLeft');
  await list.expectShown();
});

/** A dossier with a record of every kind, written through the services, for the front screens. */
function seedFullDossier(services: Services): string {
  const now = today(services);
  const d = services.dossiers.create({
    familyName: 'Karimova',
    givenNames: 'Dilnoza',
    aliases: [
      { name: 'Каримова Дилноза', kind: 'transliteration', script: 'cyrillic' },
      { name: 'Dilnoza Karimowa', kind: 'alias', script: 'latin' },
    ],
    dateOfBirth: '1986-02-11',
    placeOfBirth: 'Tashkent, Uzbekistan',
    nationalities: ['Uzbekistan'],
    identityDocuments: [
      { type: 'passport', number: 'FA 1234567', country: 'Uzbekistan', expiresOn: '2029-04-30' },
    ],
    languages: ['Uzbek', 'Russian'],
    interpreterNeeded: 'yes',
    interpreterLanguage: 'Uzbek',
    contacts: [
      { channel: 'signal', value: '+1 718 555 0199', safeContactInstructions: 'Signal only, after 6 pm.' },
    ],
    family: [{ name: 'Rustam Karimov', relationship: 'Brother', location: 'Tashkent', risk: 'detained' }],
    vulnerabilities: 'PTSD after detention in 2019; Istanbul Protocol evaluation scheduled.',
    status: 'active',
    intakeDate: addDays(now, -220),
    scope: 'counsel-team',
  });
  const id = d.id;
  const save = (record: Parameters<Services['dossiers']['saveRecord']>[1]) =>
    services.dossiers.saveRecord(id, record);
  const arrival = addDays(now, -300);
  save({
    kind: 'immigration',
    scope: 'counsel-team',
    data: {
      aNumber: 'A-208-114-902',
      entryDate: arrival,
      lastArrivalDate: arrival,
      entryPort: 'JFK International Airport',
      entryManner: 'visa',
      visaClass: 'B-2',
      ntaServedDate: addDays(now, -200),
      ntaFiledDate: addDays(now, -180),
      court: 'New York Broadway Immigration Court',
      judge: 'Hon. M. Alvarez',
      reliefSought: ['asylum', 'withholding', 'cat-withholding'],
      asylumFilingPlan: 'defensive',
      protectedGrounds: ['political-opinion'],
      seriousNonpoliticalCrimeBarRaised: 'yes',
      barsAnalysis: 'DHS relies on the Red Notice for the serious nonpolitical crime bar (W-E-R-B-).',
    },
  });
  save({
    kind: 'hearing',
    scope: 'court',
    data: {
      kind: 'master',
      date: addDays(now, 24),
      time: '10:00',
      detained: false,
      court: 'New York Broadway',
    },
  });
  save({
    kind: 'decision',
    scope: 'court',
    data: {
      body: 'immigration-judge',
      date: addDays(now, -12),
      delivery: 'oral',
      outcome: 'denied',
      summary: 'Bond-related motion denied.',
    },
  });
  save({
    kind: 'foia',
    scope: 'counsel-team',
    data: { agency: 'cbp', submittedDate: addDays(now, -90), trackingNumber: 'CBP-2026-041122' },
  });
  save({
    kind: 'custody',
    scope: 'counsel-team',
    data: {
      arrestDate: addDays(now, -40),
      arrestPlace: 'USCIS Brooklyn Field Office',
      arrestSetting: 'uscis-interview',
      agency: 'ice-ero',
      projectRed: 'yes',
      statedBasis: 'INTERPOL Red Notice from Uzbekistan',
      redNoticeSoleBasis: true,
      directive15006: {
        verifiedCurrent: 'unknown',
        abuseReviewDone: 'no',
        supervisorApproval: 'unknown',
        ncbDocumentationRequested: 'unknown',
        ncbDocumentationReceived: 'no',
      },
      facility: 'Elizabeth Detention Center',
      detaineeId: '71822091',
      transfers: [{ date: addDays(now, -30), facility: 'Elizabeth Detention Center' }],
      custodyDeterminationDate: addDays(now, -38),
      bondHearingDate: addDays(now, -10),
      bondDecisionDate: addDays(now, -10),
      bondResult: 'denied',
    },
  });
  const notice = save({
    kind: 'interpol',
    scope: 'ccf',
    data: {
      type: 'red-notice',
      controlNumber: 'A-2291/4-2022',
      requestingCountry: 'Uzbekistan',
      issuingAuthority: 'Tashkent City Court',
      warrantNumber: '1-118/2021',
      warrantDate: '2021-09-02',
      issuedDate: '2022-04-19',
      charges: [
        { description: 'Large-scale fraud', articles: 'Art. 168(4)', maxPenaltyYears: 10 },
        { description: 'Insulting the President', articles: 'Art. 158', maxPenaltyYears: 1.5 },
      ],
      factsAlleged: 'Alleged misappropriation of funds of an independent newspaper she edited.',
      cameToLight: 'arrest',
      status: 'active',
      compliance: {
        article2HumanRights: true,
        article3Factors: ['status-of-person', 'general-context', 'nature-of-offence'],
        article83ExcludedCategory: false,
        refugeePolicyApplies: false,
        dataQualityIssues: true,
        chargesFactsIncoherent: true,
      },
    },
  }).records.find((r) => r.kind === 'interpol');
  save({
    kind: 'ccf',
    scope: 'ccf',
    data: {
      type: 'deletion',
      interpolRecordId: notice?.id,
      powerOfAttorneyOnFile: true,
      filedDate: addDays(now, -160),
      admissibilityDate: addDays(now, -120),
      confidentialityRequested: true,
      outcome: 'pending',
    },
  });
  save({
    kind: 'extradition',
    scope: 'counsel-team',
    data: {
      requestingCountry: 'Uzbekistan',
      treaty: 'None (comity request)',
      provisionalArrestDate: addDays(now, -20),
      treatyWindowDays: 60,
      defences: ['political-offense', 'cat'],
    },
  });
  save({
    kind: 'home-case',
    scope: 'counsel-team',
    data: {
      country: 'Uzbekistan',
      caseNumber: '1-118/2021',
      court: 'Tashkent City Court',
      charges: [{ description: 'Large-scale fraud', articles: 'Art. 168(4)', maxPenaltyYears: 10 }],
      stage: 'judgment',
      openedDate: '2021-03-15',
      inAbsentiaJudgmentDate: '2023-06-01',
      inAbsentiaSentence: '9 years',
      retrialGuaranteed: 'no',
      fileAccess: 'denied',
      indicators: [
        'status-of-person',
        'timing',
        'relative-political-offence',
        'media-smear',
        'family-pressure',
      ],
      indicatorNotes: 'Case opened two weeks after her paper published an investigation into the governor.',
    },
  });
  save({
    kind: 'incident',
    scope: 'counsel-team',
    data: {
      date: '2019-11-04',
      endDate: '2019-11-19',
      place: 'Tashkent',
      actorType: 'state',
      actor: 'State Security Service (SGB)',
      acts: [
        { type: 'arrest', description: 'Taken from the newsroom without a warrant.' },
        { type: 'torture', description: 'Beaten during interrogation over three days.' },
      ],
      people: [{ name: 'A. Yusupov', role: 'witness' }],
      nexus: ['political-opinion'],
      injuries: 'Fractured rib; treated in the U.S. in 2025.',
    },
  });
  save({
    kind: 'party',
    scope: 'counsel-team',
    data: { name: 'Dana Rivera', role: 'us-immigration-counsel', organization: 'Rivera & Cho LLP' },
  });
  save({
    kind: 'note',
    scope: 'client-only',
    data: {
      title: 'Intake interview',
      date: addDays(now, -220),
      body: 'Two-hour interview with an Uzbek interpreter.',
    },
  });
  return id;
}

test('every front shows its records as cards; timeline and history read the whole dossier', async ({
  app,
  harbor,
}) => {
  test.setTimeout(120_000);
  await createVaultAndEnter(app);
  const id = seedFullDossier(harbor.services);
  await reopenDossiers(app);
  const list = new DossierListPage(app);
  await expect(list.row('KARIMOVA, Dilnoza')).toBeVisible({ timeout: 20_000 });
  await list.row('KARIMOVA, Dilnoza').click();
  const dossier = new DossierPage(app);
  await expect(dossier.name).toHaveText('KARIMOVA, Dilnoza');
  await expect(app.getByTestId('detained-badge').first()).toBeVisible();
  await expect(dossier.checks).toContainText('Arrest rested on the Red Notice alone');
  await app.mouse.move(0, 0);
  await shot(app, '50-dossier-overview');
  await scrollMain(app, 560);
  await shot(app, '50-dossier-overview-lower');

  const fronts = [
    ['U.S. immigration', '51-front-immigration'],
    ['Custody & detention', '52-front-custody'],
    ['INTERPOL & CCF', '53-front-interpol'],
    ['Extradition', '54-front-extradition'],
    ['Home-country case', '55-front-home-country'],
    ['Persecution incidents', '56-front-persecution'],
    ['Parties & notes', '57-front-parties'],
  ] as const;
  for (const [tab, screen] of fronts) {
    await dossier.openTab(tab);
    await scrollMain(app, 520);
    await shot(app, screen);
  }
  // The CCF request names the notice it challenges.
  await dossier.openTab('INTERPOL & CCF');
  await expect(app.getByTestId('record-ccf')).toContainText('Red Notice · Uzbekistan · A-2291/4-2022');

  // Editing a record: the form is built from the kind's descriptor, with the record's values.
  await dossier.openTab('Custody & detention');
  await app.getByRole('button', { name: /^Edit Arrested by ICE ERO/ }).click();
  const record = new RecordFormPage(app);
  await expect(record.field('Detention facility')).toHaveValue('Elizabeth Detention Center');
  await shot(app, '58-record-form-custody');
  await record.field('Released on').fill(addDays(today(harbor.services), -1));
  await record.save();
  await expect(app.getByTestId('detained-badge')).toHaveCount(0);

  await dossier.openTab('Deadlines');
  await scrollMain(app, 520);
  await shot(app, '59-deadlines-full');

  await dossier.openTab('Timeline');
  const events = app.getByTestId('timeline-event');
  await expect(events.filter({ hasText: 'Arrest, Torture' })).toBeVisible();
  await expect(events.filter({ hasText: 'Judgment in absentia' })).toBeVisible();
  await expect(events.filter({ hasText: 'Provisional arrest for extradition' })).toBeVisible();
  await scrollMain(app, 520);
  await shot(app, '60-timeline');
  // Filtering a front out hides its events.
  await app
    .getByRole('group', { name: 'Show fronts' })
    .getByRole('button', { name: /Persecution/ })
    .click();
  await expect(events.filter({ hasText: 'Arrest, Torture' })).toHaveCount(0);
  await scrollMain(app, 'bottom');
  await shot(app, '61-timeline-upcoming');

  await dossier.openTab('History');
  const release = app.getByTestId('history-entry').first();
  await expect(release).toContainText('Changed: Custody episode');
  await expect(release).toContainText('Released on');
  await scrollMain(app, 520);
  await shot(app, '62-history');

  // Deleting the dossier asks for the family name.
  await scrollMain(app, 'top');
  await dossier.view.getByRole('button', { name: 'Delete' }).click();
  const dialog = app.getByTestId('delete-dossier');
  const confirm = dialog.getByRole('button', { name: 'Delete dossier' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the client’s family name to confirm').fill('karimova');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(app.getByRole('heading', { name: 'No dossiers yet' })).toBeVisible();
  expect(() => harbor.services.dossiers.get(id)).toThrow();
});

test('10,000 clients: a virtualized list that pages from the vault, filters, and reaches the last client', async ({
  app,
  harbor,
}) => {
  test.setTimeout(360_000);
  await createVaultAndEnter(app);
  const parse = exportFileSchema.shape.dossiers.element;
  const started = Date.now();
  harbor.services.dossiers.insertDossiers(
    (function* () {
      for (const d of generateDossiers(10_000, 7, today(harbor.services))) yield parse.parse(d);
    })(),
    { audit: false },
  );
  console.log(`seeded 10,000 dossiers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const query: Omit<DossierListQuery, 'offset'> = {
    text: '',
    fronts: [],
    statuses: [],
    detained: 'any',
    sort: 'name',
    limit: 1,
  };
  const first = harbor.services.dossiers.list({ ...query, offset: 0 }).rows[0];
  const last = harbor.services.dossiers.list({ ...query, offset: 9_999 }).rows[0];
  if (!first || !last) throw new Error('The seed produced no rows.');

  await reopenDossiers(app);
  const list = new DossierListPage(app);
  await expect(list.count).toHaveText('10,000 dossiers', { timeout: 60_000 });
  await expect(list.rows.first()).toContainText(first.displayName);
  const domRows = await app.locator('.dx-list-scroll .dx-list-row').count();
  expect(domRows).toBeLessThan(40);
  await app.mouse.move(0, 0);
  await shot(app, '63-dossiers-list-light');

  // Keyboard: down moves the selection; End goes to the last of 10,000, fetched on demand.
  await list.listbox.focus();
  await app.keyboard.press('ArrowDown');
  await expect(list.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  const t0 = Date.now();
  await app.keyboard.press('End');
  const lastRow = list.rows.and(app.locator('[data-index="9999"]'));
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toContainText(last.displayName);
  await expect(lastRow).toHaveAttribute('aria-selected', 'true');
  console.log(`End → last of 10,000 visible in ${Date.now() - t0} ms`);
  expect(await app.locator('.dx-list-scroll .dx-list-row').count()).toBeLessThan(40);
  await app.keyboard.press('Home');
  await expect(list.rows.first()).toContainText(first.displayName);

  // Scrolling: the middle of the list is fetched as it comes into view.
  const middle = harbor.services.dossiers.list({ ...query, offset: 5_000 }).rows[0];
  await list.listbox.evaluate((el) => {
    el.scrollTop = 5_000 * 64;
  });
  await expect(list.rows.and(app.locator('[data-index="5000"]'))).toContainText(middle?.displayName ?? '?');
  await list.listbox.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(lastRow).toBeVisible();

  // Filters: detained, then a front, then the deadline window; counts agree with the vault.
  const detainedTotal = harbor.services.dossiers.list({ ...query, offset: 0, detained: 'detained' }).total;
  await list.filterSelect('Custody').selectOption('detained');
  await expect(list.count).toHaveText(`${detainedTotal.toLocaleString('en-US')} dossiers match`);
  const extradition = harbor.services.dossiers.list({
    ...query,
    offset: 0,
    detained: 'detained',
    fronts: ['extradition'],
  }).total;
  await app.getByRole('button', { name: /^Fronts/ }).click();
  await app.getByRole('checkbox', { name: 'Extradition' }).check();
  await app.keyboard.press('Escape');
  await expect(list.count).toHaveText(
    `${extradition.toLocaleString('en-US')} dossier${extradition === 1 ? '' : 's'} match`,
  );
  await list.filterSelect('Deadline').selectOption('30');
  await list.filterSelect('Sort by').selectOption('next-deadline');
  await app.mouse.move(0, 0);
  await shot(app, '64-dossiers-list-filtered');
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(list.count).toHaveText('10,000 dossiers');

  // Dark theme ("System" follows the OS).
  await app.emulateMedia({ colorScheme: 'dark' });
  await list.listbox.focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.mouse.move(0, 0);
  await shot(app, '65-dossiers-list-dark');
  await list.rows.nth(2).click();
  const dossier = new DossierPage(app);
  await expect(dossier.view).toBeVisible();
  await shot(app, '66-dossier-dark');
  await dossier.openTab('Deadlines');
  await shot(app, '67-deadlines-dark');
  await dossier.openTab('Timeline');
  await shot(app, '68-timeline-dark');
});

test('privacy mode shows initials in the list and the dossier, and no full name in the DOM', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  seedFullDossier(harbor.services);
  harbor.services.dossiers.create({
    familyName: 'Estrada',
    givenNames: 'Lucía',
    aliases: [{ name: 'Lucia Estrada Paz', kind: 'alias', script: 'latin' }],
    nationalities: ['Venezuela'],
    identityDocuments: [],
    languages: [],
    interpreterNeeded: 'no',
    contacts: [],
    family: [],
    status: 'intake',
    scope: 'counsel-team',
  });
  await reopenDossiers(app);
  const list = new DossierListPage(app);
  await expect(list.count).toHaveText('2 dossiers', { timeout: 20_000 });
  await expect(list.row('KARIMOVA, Dilnoza')).toBeVisible();

  // The sidebar switch when it is there, else its shortcut.
  const toggle = app.getByRole('switch', { name: 'Privacy mode' });
  if ((await toggle.count()) > 0) await toggle.click();
  else await app.keyboard.press('Control+Shift+P');
  await expect(list.rows.first()).toContainText('L. E.');
  await expect(list.rows.nth(1)).toContainText('D. K.');
  const names = ['Karimova', 'Dilnoza', 'Estrada', 'Lucía', 'Каримова', 'Karimowa'];
  const listHtml = (await app.content()).toLowerCase();
  for (const name of names) expect(listHtml).not.toContain(name.toLowerCase());
  await app.mouse.move(0, 0);
  await shot(app, '69-dossiers-privacy');

  // Search still finds by name without showing it.
  await list.search.fill('karimova');
  await expect(list.count).toHaveText('1 dossier match');
  await list.search.fill('');
  await list.rows.nth(1).click();
  const dossier = new DossierPage(app);
  await expect(dossier.name).toHaveText('D. K.');
  await expect(app.getByText('2 hidden in privacy mode')).toBeVisible();
  const dossierHtml = (await app.content()).toLowerCase();
  for (const name of names) expect(dossierHtml).not.toContain(name.toLowerCase());
  await shot(app, '70-dossier-privacy');
  await new AppFramePage(app).expectShown();
});

import { test, expect } from './fixtures/test';
import { RULE_IDS } from '../../shared/deadlines/rules';
import { saveScreen } from './fixtures/screens';
import { dashboardDate, seedLargePractice, seedPractice } from './deadlines-seed';
import { createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { DeadlinesPage } from './pages/deadlines-page';
import { SettingsPage } from './pages/settings-page';

const VERIFY_TEXT = 'This rule’s number was not confirmed from a primary source; check it.';

test('the dashboard lists every client’s deadlines by bucket, with rule, source and badges', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  const practice = seedPractice(harbor.services);
  const frame = new AppFramePage(app);
  await frame.openWithShortcut('Deadlines');
  const deadlines = new DeadlinesPage(app);

  // Within 90 days (the default) plus overdue: one deadline per bucket; the asylum deadline is further out.
  await deadlines.expectCount('overdue', 1);
  await deadlines.expectCount('within7', 1);
  await deadlines.expectCount('within30', 1);
  await deadlines.expectCount('within90', 1);
  await expect(deadlines.summary('later')).toHaveCount(0);
  await expect(deadlines.rows).toHaveCount(4);
  await expect(deadlines.footnote).toContainText(
    'Computed deadlines are an aid: check each one against its rule and the court’s orders.',
  );

  const cases = [
    {
      seeded: practice.estrada,
      bucket: 'overdue',
      name: 'ESTRADA MORALES, Lucía',
      source: '8 CFR 1003.38(b)',
    },
    {
      seeded: practice.okonkwo,
      bucket: 'within7',
      name: 'OKONKWO, Chidi',
      source: 'EOIR Policy Manual, Part II',
    },
    {
      seeded: practice.volkov,
      bucket: 'within30',
      name: 'VOLKOV, Aleksei',
      source: 'Applicable extradition treaty; 18 U.S.C. 3184',
    },
    {
      seeded: practice.karimova,
      bucket: 'within90',
      name: 'KARIMOVA, Dilnoza',
      source: 'Statute of the CCF, Art. 40',
    },
  ] as const;
  const titles = {
    'bia-appeal-ij-decision': 'Appeal of the immigration judge’s decision to the BIA',
    'eoir-filing-before-hearing': 'Immigration court filings due before the hearing',
    'extradition-formal-request': 'Extradition: formal request due after provisional arrest',
    'ccf-decision-access': 'CCF decision due on an access request',
  } as const;
  for (const { seeded, bucket, name, source } of cases) {
    const row = deadlines.group(bucket).locator(deadlines.row(seeded.clientId, seeded.ruleId));
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(name);
    await expect(row).toContainText(titles[seeded.ruleId as keyof typeof titles]);
    await expect(row.getByTestId('deadline-source')).toContainText(source);
    await expect(row).toHaveAttribute('data-due-date', seeded.dueDate);
    await expect(row.getByTestId('deadline-date')).toContainText(dashboardDate(seeded.dueDate));
  }

  // Badges: "Verify" on the rules marked [verify], "Overridden" where the attorney replaced the date.
  const volkovRow = deadlines.row(practice.volkov.clientId);
  const karimovaRow = deadlines.row(practice.karimova.clientId);
  await expect(volkovRow.getByTestId('verify-badge')).toBeVisible();
  await expect(deadlines.row(practice.okonkwo.clientId).getByTestId('verify-badge')).toHaveCount(0);
  await expect(deadlines.row(practice.estrada.clientId).getByTestId('verify-badge')).toHaveCount(0);
  await expect(karimovaRow.getByTestId('overridden-badge')).toBeVisible();
  await expect(volkovRow.getByTestId('overridden-badge')).toHaveCount(0);
  await saveScreen(app, '30-deadlines');
  await volkovRow.getByTestId('verify-badge').hover();
  await expect(app.getByRole('tooltip')).toHaveText(VERIFY_TEXT);
  await saveScreen(app, '30-deadlines-verify-tooltip');
  await app.mouse.move(0, 0);

  // A wider window brings in the later deadline, in its own group.
  await deadlines.window('180 days').click();
  await deadlines.expectCount('later', 1);
  await expect(deadlines.group('later').locator(deadlines.row(practice.tan.clientId))).toContainText(
    'Asylum application: one-year filing deadline',
  );
  await deadlines.window('90 days').click();
  await expect(deadlines.summary('later')).toHaveCount(0);

  // Filters: by client name (accents and case ignored), by front, by bucket; counts follow.
  await deadlines.filter.fill('lucia estrada');
  await expect(deadlines.rows).toHaveCount(1);
  await expect(deadlines.rows).toContainText('ESTRADA MORALES, Lucía');
  await deadlines.expectCount('overdue', 1);
  await deadlines.expectCount('within30', 0);
  await deadlines.filter.press('Escape');
  await expect(deadlines.rows).toHaveCount(4);
  await deadlines.front.selectOption({ label: 'INTERPOL & CCF (1)' });
  await expect(deadlines.rows).toHaveCount(1);
  await expect(deadlines.rows).toContainText('KARIMOVA, Dilnoza');
  await deadlines.front.selectOption('all');
  await deadlines.summary('within7').click();
  await expect(deadlines.summary('within7')).toHaveAttribute('aria-pressed', 'true');
  await expect(deadlines.rows).toHaveCount(1);
  await expect(deadlines.group('overdue')).toHaveCount(0);
  await deadlines.summary('within7').click();
  await expect(deadlines.rows).toHaveCount(4);
  await deadlines.filter.fill('nobody by this name');
  await expect(deadlines.noMatch).toBeVisible();
  await deadlines.noMatch.getByRole('button', { name: 'Clear filters' }).click();
  await expect(deadlines.rows).toHaveCount(4);
});

test('rows are reached and opened from the keyboard; a row opens its dossier', async ({ app, harbor }) => {
  await createVaultAndEnter(app);
  const practice = seedPractice(harbor.services);
  const frame = new AppFramePage(app);
  const deadlines = await DeadlinesPage.open(frame);
  await expect(deadlines.rows).toHaveCount(4);

  // "/" jumps to the filter; Tab from the toolbar enters the list on its first row (roving focus).
  await app.keyboard.press('/');
  await expect(deadlines.filter).toBeFocused();
  const first = deadlines.rowButton(deadlines.row(practice.estrada.clientId));
  const second = deadlines.rowButton(deadlines.row(practice.okonkwo.clientId));
  const last = deadlines.rowButton(deadlines.row(practice.karimova.clientId));
  await first.focus();
  await expect(first).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  await app.keyboard.press('End');
  await expect(last).toBeFocused();
  await app.keyboard.press('Home');
  await expect(first).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  // Only one row is in the Tab order; Tab from it reaches its badges (with their explanation on focus).
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await expect(deadlines.rowButton(deadlines.row(practice.volkov.clientId))).toBeFocused();
  await expect(deadlines.page.locator('.deadline-row__open[tabindex="0"]')).toHaveCount(1);
  await app.keyboard.press('Tab');
  await expect(deadlines.row(practice.volkov.clientId).getByTestId('verify-badge')).toBeFocused();
  await expect(app.getByRole('tooltip')).toHaveText(VERIFY_TEXT);
  await app.keyboard.press('Shift+Tab');

  // Enter opens the dossier: the Dossiers section takes over with that client's dossier.
  await app.keyboard.press('Enter');
  await expect(frame.navLink('Dossiers')).toHaveAttribute('aria-current', 'page');
  await expect(deadlines.heading).toHaveCount(0);

  // A click anywhere on a row does the same.
  await frame.open('Deadlines');
  await deadlines.row(practice.karimova.clientId).getByText('Statute of the CCF, Art. 40').click();
  await expect(frame.navLink('Dossiers')).toHaveAttribute('aria-current', 'page');
});

test('changing a rule parameter in Settings moves the due date on the dashboard', async ({ app, harbor }) => {
  await createVaultAndEnter(app);
  const practice = seedPractice(harbor.services);
  const frame = new AppFramePage(app);
  const deadlines = await DeadlinesPage.open(frame);
  const volkov = deadlines.row(practice.volkov.clientId);
  await expect(deadlines.group('within30').locator(volkov)).toHaveCount(1);
  await expect(volkov).toContainText('In 10 days');

  // The dashboard's link leads to the rules, in view, with focus on their heading.
  await deadlines.footnote.getByRole('button', { name: 'Review the deadline rules' }).click();
  await frame.expectSection('Settings');
  const settings = new SettingsPage(app);
  await expect(settings.rulesPanel.getByRole('heading', { name: 'Deadline rules' })).toBeFocused();
  await expect(settings.idleMinutes).toBeEnabled();

  // Every rule is listed with its source; statutory periods are read-only.
  await expect(
    settings.rulesPanel.locator('[data-testid^="rule-"]').filter({ has: app.locator('h4') }),
  ).toHaveCount(RULE_IDS.length);
  const treatyRule = settings.rule('extradition-formal-request');
  await expect(treatyRule.getByTestId('rule-source')).toContainText(
    'Applicable extradition treaty; 18 U.S.C. 3184',
  );
  await expect(treatyRule.getByTestId('verify-badge').first()).toBeVisible();
  const bia = settings.rule('bia-appeal-ij-decision');
  await expect(bia.getByRole('spinbutton')).toHaveCount(0);
  await expect(bia).toContainText('30 days');
  await expect(bia).toContainText('override that deadline in the dossier');
  await bia.getByRole('button', { name: 'How it is counted' }).click();
  await expect(bia).toContainText(
    'must be RECEIVED by the Board of Immigration Appeals within 30 calendar days',
  );
  await saveScreen(app, '34-settings-deadline-rules');
  await app.emulateMedia({ colorScheme: 'dark' });
  await saveScreen(app, '34-settings-deadline-rules-dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // Validated against the same bounds main enforces.
  const treaty = settings.ruleParameter('treatyFormalRequestDays');
  await expect(treaty).toHaveValue('60');
  await expect(treatyRule).toContainText('Default 60 days');
  const rangeError = treatyRule.getByText('Enter a whole number of days from 1 to 365.');
  await treaty.fill('0');
  await settings.saveRulesButton.click();
  await expect(rangeError).toBeVisible();
  await treaty.fill('400');
  await settings.saveRulesButton.click();
  await expect(rangeError).toBeVisible();
  expect(harbor.services.settings.get().ruleParameters.treatyFormalRequestDays).toBe(60);

  await treaty.fill('45');
  await expect(settings.rulesPanel).toContainText('1 unsaved change.');
  await settings.rule('extradition-formal-request').scrollIntoViewIfNeeded();
  await saveScreen(app, '35-settings-deadline-rules-edited');
  await settings.saveRulesButton.click();
  await expect(settings.toast('Deadline rules saved')).toBeVisible();
  await expect(
    app.getByText('Every dossier’s deadlines were recomputed with the new numbers.', { exact: true }),
  ).toBeVisible();
  await expect(rangeError).toHaveCount(0);
  expect(harbor.services.settings.get().ruleParameters.treatyFormalRequestDays).toBe(45);
  await expect(treatyRule.getByRole('button', { name: 'reset to default' })).toBeVisible();

  // On the dashboard the formal request is now due 45 days after the arrest: five days ago.
  await frame.openWithShortcut('Deadlines');
  const newDue = harbor.services.dossiers
    .get(practice.volkov.clientId)
    .deadlines.find((d) => d.ruleId === 'extradition-formal-request')?.dueDate;
  expect(newDue).not.toBe(practice.volkov.dueDate);
  await expect(deadlines.group('overdue').locator(volkov)).toHaveCount(1);
  await expect(volkov).toHaveAttribute('data-due-date', newDue ?? '');
  await expect(volkov).toContainText('5 days overdue');
  await deadlines.expectCount('overdue', 2);
  await deadlines.expectCount('within30', 0);

  // Back to the default with "reset".
  await frame.openWithShortcut('Settings');
  await settings.rule('extradition-formal-request').getByRole('button', { name: 'reset to default' }).click();
  await expect(treaty).toHaveValue('60');
  await settings.saveRulesButton.click();
  // The first save's toast may still be showing.
  await expect(settings.toast('Deadline rules saved').last()).toBeVisible();
  expect(harbor.services.settings.get().ruleParameters.treatyFormalRequestDays).toBe(60);
  await frame.openWithShortcut('Deadlines');
  await expect(volkov).toContainText('In 10 days');
});

test('with no deadlines the dashboard says what creates them', async ({ app }) => {
  await createVaultAndEnter(app);
  const frame = new AppFramePage(app);
  const deadlines = await DeadlinesPage.open(frame);
  await expect(deadlines.emptyState).toContainText('Nothing overdue and nothing due in the next 90 days');
  await expect(deadlines.emptyState).toContainText('A last arrival date');
  await expect(deadlines.emptyState).toContainText('Provisional arrest, commitment');
  await saveScreen(app, '31-deadlines-empty');
  await deadlines.emptyState.getByRole('button', { name: 'Show deadlines at any date' }).click();
  await expect(deadlines.emptyState).toContainText('No open deadlines');
  await app.emulateMedia({ colorScheme: 'dark' });
  await saveScreen(app, '32-deadlines-empty-dark');
});

test('thousands of deadlines stay quick: paged groups, counts over all of them, dark theme', async ({
  app,
  harbor,
}) => {
  test.slow();
  await createVaultAndEnter(app);
  seedLargePractice(harbor.services, 1500);
  const expected = harbor.services.deadlines.upcoming({ withinDays: 90, clientId: null, limit: 5000 });
  expect(expected.length).toBeGreaterThan(200);

  const frame = new AppFramePage(app);
  await frame.open('Deadlines');
  const deadlines = new DeadlinesPage(app);
  const started = Date.now();
  await expect(deadlines.summary('overdue')).toBeVisible();
  const counts = await Promise.all(
    (['overdue', 'within7', 'within30', 'within90'] as const).map(async (bucket) =>
      Number(
        ((await deadlines.summary(bucket).getByTestId('summary-count').textContent()) ?? '').replace(
          /,/g,
          '',
        ),
      ),
    ),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.length);
  // Each group draws its first 50 rows; the rest come on request.
  expect(await deadlines.rows.count()).toBeLessThanOrEqual(200);
  console.log(`Dashboard with ${expected.length} deadlines drawn in ${Date.now() - started} ms.`);

  const largest = (['overdue', 'within7', 'within30', 'within90'] as const)[
    counts.indexOf(Math.max(...counts))
  ];
  const group = deadlines.group(largest ?? 'overdue');
  await expect(group.getByTestId('deadline-row')).toHaveCount(50);
  await group.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await expect(group.getByTestId('deadline-row')).toHaveCount(Math.min(150, Math.max(...counts)));

  await app.emulateMedia({ colorScheme: 'dark' });
  await frame.open('Settings');
  await frame.open('Deadlines');
  await expect(deadlines.summary('overdue')).toBeVisible();
  await saveScreen(app, '33-deadlines-dark');
});

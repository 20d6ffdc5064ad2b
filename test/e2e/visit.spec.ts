import { saveScreen } from './fixtures/screens';
import { expect, test } from './fixtures/test';
import { createVaultAndEnter } from './flows';
import { VisitPage } from './pages/safety-pages';

test('visit capture, from the keyboard only: launcher, notes, statements, questions, filing', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  const client = harbor.services.dossiers.create({
    familyName: 'Nazarova',
    givenNames: 'Dilnoza',
    languages: ['Uzbek'],
    nationalities: ['Uzbekistan'],
  });
  harbor.services.dossiers.create({ familyName: 'Abdullaev', givenNames: 'Timur' });

  // Ctrl+Shift+K opens the launcher from anywhere in the app; type, Enter.
  await app.keyboard.press('Control+Shift+K');
  const launcher = app.getByTestId('visit-launcher');
  await expect(launcher.getByRole('combobox')).toBeFocused();
  await app.keyboard.type('nazar');
  await expect(launcher.getByRole('option', { selected: true })).toContainText('NAZAROVA, Dilnoza');
  await saveScreen(app, 'visit-01-launcher');
  await app.keyboard.press('Enter');

  const visit = new VisitPage(app);
  await expect(visit.screen).toBeVisible();
  await expect(visit.notes).toBeFocused();
  await expect(visit.language).toHaveValue('Uzbek');
  await expect(visit.screen.getByText('Alt', { exact: true }).first()).toBeVisible();

  await app.keyboard.type('Met at Krome. Calm, tired; moved twice since October.');
  await app.keyboard.press('Alt+KeyI');
  await expect(visit.interpreter).toBeFocused();
  await app.keyboard.type('D. Karimova');
  await app.keyboard.press('Alt+KeyS');
  await expect(visit.statement).toBeFocused();
  await app.keyboard.type('They took my passport at the ICE check-in.');
  await app.keyboard.press('Control+Enter');
  await expect(visit.log.getByRole('listitem')).toHaveCount(1);
  await expect(visit.statement).toBeFocused();
  await expect(visit.statement).toHaveValue('');

  // A second statement, in Russian without an interpreter.
  await app.keyboard.press('Alt+KeyL');
  await app.keyboard.press('Control+A');
  await app.keyboard.type('Russian');
  await app.keyboard.press('Alt+KeyI');
  await app.keyboard.press('Control+A');
  await app.keyboard.press('Backspace');
  await app.keyboard.press('Alt+KeyS');
  await app.keyboard.type('My brother was questioned in Tashkent last week.');
  await app.keyboard.press('Control+Enter');
  await expect(visit.log.getByRole('listitem')).toHaveCount(2);
  await expect(visit.log.getByRole('listitem').first()).toContainText('Russian');
  await expect(visit.log.getByRole('listitem').first()).toContainText('no interpreter');
  await expect(visit.log.getByRole('listitem').nth(1)).toContainText('via D. Karimova');

  // Questions: Alt+Q, Space ticks, arrows move; Alt+A adds one.
  await app.keyboard.press('Alt+KeyQ');
  await expect(visit.questions.first()).toBeFocused();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(visit.questions.first()).toBeChecked();
  await expect(visit.questions.nth(2)).toBeChecked();
  await app.keyboard.press('Alt+KeyA');
  await app.keyboard.type('Names of the officers at the check-in');
  await app.keyboard.press('Enter');
  await expect(visit.questions).toHaveCount(8);

  // The timer runs, pauses with Alt+P; the draft is saved into the vault as it goes.
  await expect(visit.timer).not.toHaveText('00:00');
  await app.keyboard.press('Alt+KeyP');
  await expect(visit.screen.getByTestId('visit-timer')).toHaveClass(/visit__timer--paused/);
  await expect(visit.screen.getByText(/Saved in the vault \d\d:\d\d/)).toBeVisible();
  expect(harbor.services.visits.drafts()).toEqual([client.id]);
  await app.keyboard.press('Alt+KeyN');
  await saveScreen(app, 'visit-02-screen');
  await app.emulateMedia({ colorScheme: 'dark' });
  await saveScreen(app, 'visit-03-screen-dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // Alt+E, then Enter files it.
  await app.keyboard.press('Alt+KeyE');
  await expect(visit.endDialog).toBeVisible();
  await expect(visit.endDialog.getByTestId('file-visit')).toBeFocused();
  await expect(visit.endDialog).toContainText('2 of 8');
  await saveScreen(app, 'visit-04-end');
  await app.keyboard.press('Enter');
  await expect(visit.screen).toHaveCount(0);
  await expect(app.getByText('Visit filed into the dossier', { exact: true })).toBeVisible();

  const dossier = harbor.services.dossiers.get(client.id);
  const note = dossier.records.find((r) => r.kind === 'note');
  if (note?.kind !== 'note') throw new Error('no note filed');
  expect(note.data.title).toBe('Client visit');
  expect(note.data.body).toContain('Met at Krome.');
  expect(note.data.body).toContain(
    'Uzbek, interpreted by D. Karimova: “They took my passport at the ICE check-in.”',
  );
  expect(note.data.body).toContain('[x] Health, medication and treatment in custody');
  const [filed] = harbor.services.visits.exportForClient(client.id);
  expect(filed?.statements.map((s) => [s.language, s.interpreter])).toEqual([
    ['Uzbek', 'D. Karimova'],
    ['Russian', ''],
  ]);
  expect(harbor.services.visits.drafts()).toEqual([]);
  expect(harbor.services.dossiers.history(client.id, 10).map((h) => h.action)).toContain('visit.filed');
});

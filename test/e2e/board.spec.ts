import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { seedCaseBoard } from './board-seed';
import { createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { BoardPage } from './pages/board-page';

// A wide window, as attorneys use for the board; the screenshots show whole lanes.
test.use({ viewport: { width: 1440, height: 900 } });

const CLIENT = 'AYDIN, Selim';

test('one client’s board: cards move by mouse and by keyboard, and the moves persist', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  const seeded = seedCaseBoard(harbor.services);
  const frame = new AppFramePage(app);
  await frame.open('Board');
  const board = new BoardPage(app);
  await board.openClient(CLIENT);
  await expect(board.cards).toHaveCount(11);
  await expect(board.card('Bond motion addressing the Red Notice')).toContainText('Blocked by 1');
  await saveScreen(app, 'board-01-client');

  // Mouse: drag the expert report from "To do" onto "In progress".
  await board.drag(
    board.card('Country-conditions expert report'),
    board.cell('us-immigration', 'in-progress'),
  );
  await expect(board.cell('us-immigration', 'in-progress')).toContainText('Country-conditions expert report');
  await expect.poll(() => harbor.services.board.card(seeded.cards.expert.id).status).toBe('in-progress');

  // Mouse, within a cell: the translation goes below the 15006.1 demand.
  await board.drag(board.card('Certified translation'), board.card('Demand ICE’s 15006.1 record'));
  await expect
    .poll(() =>
      harbor.services.board
        .list({ clientId: seeded.clientId })
        .cards.filter((c) => c.lane === 'us-immigration' && c.status === 'todo')
        .map((c) => c.title),
    )
    .toEqual(['Demand ICE’s 15006.1 record from OPLA', 'Certified translation of the arrest warrant']);

  // Keyboard, dnd-kit's sensor: Space picks the card up, arrows move it, Space drops it.
  const home = board.card('Obtain the full criminal case file');
  await home.focus();
  await board.keyboardDrag(['ArrowRight']);
  await expect.poll(() => harbor.services.board.card(seeded.cards.home.id).status).toBe('in-progress');
  await expect(board.cell('home-country', 'in-progress')).toContainText('Obtain the full criminal case file');

  // Keyboard, without dragging: Alt+→ to the next column, Alt+Shift+↑ to the lane above, then "Move to…".
  const wgad = board.card('WGAD communication');
  await wgad.focus();
  await app.keyboard.press('Alt+ArrowRight');
  await expect(board.cell('advocacy', 'in-progress')).toContainText('WGAD communication');
  await expect(app.getByTestId('board-announcer')).toContainText(
    'Moved “WGAD communication on the detention”',
  );
  await board.card('WGAD communication').focus();
  await app.keyboard.press('Alt+Shift+ArrowUp');
  await expect(board.cell('ccf', 'in-progress')).toContainText('WGAD communication');
  await board.card('WGAD communication').focus();
  await app.keyboard.press('m');
  const move = app.getByTestId('move-card-dialog');
  await expect(move).toBeVisible();
  await move.getByLabel('Lane').selectOption({ label: 'Advocacy' });
  await move.getByLabel('Column').selectOption({ label: 'Done' });
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(board.cell('advocacy', 'done')).toContainText('WGAD communication');
  await expect
    .poll(() => {
      const card = harbor.services.board.card(seeded.cards.wgad.id);
      return `${card.lane}/${card.status}`;
    })
    .toBe('advocacy/done');

  // Every move is in the dossier's audit trail, and the board reads the same after a reload.
  const moves = harbor.services.dossiers
    .history(seeded.clientId, 100)
    .filter((h) => h.action === 'board-card.moved');
  expect(moves.length).toBe(6);
  await app.reload();
  await frame.open('Board');
  await board.openClient(CLIENT);
  await expect(board.cell('advocacy', 'done')).toContainText('WGAD communication');
  await expect(board.cell('us-immigration', 'in-progress')).toContainText('Country-conditions expert report');
});

test('a sequencing flag appears when a date changes: a final order while the CCF request is pending', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  const seeded = seedCaseBoard(harbor.services);
  const frame = new AppFramePage(app);
  await frame.open('Board');
  const board = new BoardPage(app);
  await board.openClient(CLIENT);
  await expect(board.flag('custody-15006-documentation')).toBeVisible();
  await expect(board.flag('hearing-before-needed-item')).toBeVisible();
  await expect(board.flag('exposed-material')).toBeVisible();
  await expect(board.flag('backdoor-extradition')).toHaveCount(0);

  // The immigration judge orders removal: the date is recorded in the dossier.
  const immigration = harbor.services.dossiers
    .get(seeded.clientId)
    .records.find((r) => r.kind === 'immigration');
  if (immigration?.kind !== 'immigration') throw new Error('seed has no immigration record');
  harbor.services.dossiers.saveRecord(seeded.clientId, {
    id: immigration.id,
    kind: 'immigration',
    data: { ...immigration.data, finalOrderDate: seeded.today },
  });
  await frame.open('Dossiers');
  await frame.open('Board');
  await board.openClient(CLIENT);
  const flag = board.flag('backdoor-extradition');
  await expect(flag).toBeVisible();
  await expect(flag).toContainText('backdoor extradition');
  await flag.getByText('Why, and the source').click();
  await expect(flag).toContainText(
    'Removal to the requesting state would achieve what extradition could not',
  );
  await expect(flag).toContainText('rednoticelawjournal.com');
  await saveScreen(app, 'board-04-flags');

  // "Show the card" moves focus to the card the flag concerns.
  await board.flag('hearing-before-needed-item').getByRole('button', { name: 'Show the card' }).click();
  await expect(board.card('Country-conditions expert report')).toBeFocused();

  // The cross-client board sums the flags up by client.
  await board.openAllClients();
  const summary = app.getByTestId('flag-summary');
  await expect(summary).toContainText('critical');
  await summary.locator('summary').click();
  await expect(summary).toContainText('AYDIN, Selim');
  await expect(summary).toContainText('Final removal order while the CCF or extradition defence is pending');
});

test('a card’s detail: blocked-by links refuse a cycle, links show what exists, edits are saved', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  const seeded = seedCaseBoard(harbor.services);
  const frame = new AppFramePage(app);
  await frame.open('Board');
  const board = new BoardPage(app);
  await board.openClient(CLIENT);

  await board.card('CCF deletion request').click();
  const dialog = app.getByTestId('card-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('card-links')).toContainText('Family contacts at home');
  await expect(dialog.getByTestId('card-links')).toContainText('Client only');
  await expect(dialog.getByTestId('blocked-by')).toContainText('CCF access request');
  await expect(dialog).toContainText('Client-only material linked to a CCF / INTERPOL card');
  await saveScreen(app, 'board-03-card-detail');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The expert report is blocking the I-589; making it wait on the I-589 would close a circle.
  await board.card('Country-conditions expert report').click();
  await dialog
    .getByLabel('Card it waits on')
    .selectOption({ label: 'File the I-589 with the immigration court' });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('wait on each other in a circle');
  await expect(dialog.getByRole('alert')).toContainText(
    '“Country-conditions expert report” → “File the I-589 with the immigration court” → “Country-conditions expert report”',
  );
  await saveScreen(app, 'board-03b-cycle-refused');
  expect(harbor.services.board.card(seeded.cards.expert.id).blockedBy).toEqual([]);

  // Take the circle back out, and edit the card: title, owner, and a link to a note.
  await dialog.getByRole('button', { name: /Remove “File the I-589/ }).click();
  await dialog.getByLabel('Title').fill('Country-conditions expert report (Prof. Aral)');
  await dialog.getByLabel('Owner').selectOption({ label: 'Marcus Hale (Hale & Ortiz)' });
  await dialog.getByLabel('Material to link').selectOption({ label: 'Note · Family contacts at home' });
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const saved = harbor.services.board.card(seeded.cards.expert.id);
  expect(saved).toMatchObject({
    title: 'Country-conditions expert report (Prof. Aral)',
    ownerName: 'Marcus Hale',
  });
  expect(saved.links).toContainEqual({ kind: 'record', id: seeded.notes.contacts });
  expect(harbor.services.board.cardHistory(saved.id, 10).map((h) => h.action)).toContain(
    'board-card.updated',
  );
});

test('a new case starts from the Red Notice plan; communications and meetings make follow-up cards', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  seedCaseBoard(harbor.services);
  const { id: clientId } = harbor.services.dossiers.create({
    familyName: 'Karimova',
    givenNames: 'Dilnoza',
    status: 'intake',
  });
  harbor.services.dossiers.saveRecord(clientId, {
    kind: 'immigration',
    data: { lastArrivalDate: harbor.services.clock.today() },
  });
  harbor.services.dossiers.saveRecord(clientId, {
    kind: 'party',
    data: { name: 'Ruth Abernathy', role: 'us-immigration-counsel', organization: 'Abernathy Law' },
  });
  const frame = new AppFramePage(app);
  await frame.open('Board');
  const board = new BoardPage(app);

  // A client without cards is found by name.
  await app.getByLabel('Find a client').fill('Karim');
  await app.getByRole('button', { name: 'KARIMOVA, Dilnoza' }).click();
  await expect(app.getByTestId('board-empty')).toBeVisible();
  await app.getByRole('button', { name: 'Start from the Red Notice plan' }).click();
  const plan = app.getByTestId('starter-plan-dialog');
  await expect(plan.getByRole('textbox', { name: 'Card title' }).first()).toBeVisible();
  await plan.getByRole('checkbox', { name: 'Add “Congressional inquiry”' }).uncheck();
  await plan
    .getByRole('textbox', { name: 'Card title' })
    .and(app.locator('[value="Evidence packet and exhibit list"]'))
    .fill('Evidence packet and exhibit list (tabs A–K)');
  await plan.locator('.board-dialog__body').evaluate((body) => body.scrollTo({ top: 0 }));
  await saveScreen(app, 'board-05-starter-plan');
  const addButton = plan.getByRole('button', { name: /^Add \d+ cards$/ });
  const label = (await addButton.textContent()) ?? '';
  const expected = Number(/\d+/.exec(label)?.[0]);
  await addButton.click();
  await expect(plan).toHaveCount(0);
  await expect(board.cards).toHaveCount(expected);
  await app.getByRole('button', { name: 'Dismiss' }).click();
  await expect(board.card('Evidence packet and exhibit list (tabs A–K)')).toBeVisible();
  await expect(board.card('Congressional inquiry')).toHaveCount(0);
  await expect(board.card('Prepare and file the I-589')).toContainText(/\w{3} \d+, \d{4}/);

  // Communication log: a call with co-counsel, whose follow-up becomes a card in her lane.
  await app.getByRole('tab', { name: /Communications/ }).click();
  await app.getByRole('button', { name: 'Log a communication' }).click();
  const form = app.getByTestId('communication-form');
  await form.getByLabel('Channel').selectOption({ label: 'Phone' });
  await form
    .getByLabel('Summary')
    .fill('Agreed to file the I-589 defensively once the NTA reaches the court.');
  await form.getByLabel('Follow-up', { exact: true }).fill('Send the draft declaration for review');
  await form.getByRole('button', { name: 'Save' }).click();
  const entry = app.getByTestId('communication-entry');
  await expect(entry).toContainText('Ruth Abernathy');
  await entry.getByRole('button', { name: 'Make a card' }).click();
  await expect(entry).toContainText('Card: Send the draft declaration for review');
  await saveScreen(app, 'board-06-communications');

  // A meeting with INTERPOL Washington; its follow-up becomes an advocacy card.
  await app.getByRole('tab', { name: /Meetings/ }).click();
  await app.getByRole('button', { name: 'Record a meeting' }).click();
  const meetingForm = app.getByTestId('meeting-form');
  await meetingForm.getByLabel('With').selectOption({ label: 'INTERPOL Washington (U.S. NCB)' });
  await meetingForm.getByLabel('Subject').fill('Status of the diffusion in U.S. systems');
  await meetingForm.getByLabel('Attendees').fill('Ruth Abernathy\nU.S. NCB liaison');
  await meetingForm.getByLabel('Asks').fill('Confirm whether the diffusion is still active');
  await meetingForm.getByLabel('Outcomes').fill('The NCB will check and reply within two weeks.');
  await meetingForm.getByLabel('Follow-ups').fill('Chase the NCB for its reply');
  await meetingForm.getByRole('button', { name: 'Save' }).click();
  const meeting = app.getByTestId('meeting');
  await meeting.getByRole('button', { name: 'Make a card' }).click();
  await expect(meeting).toContainText('Card: Chase the NCB for its reply');
  await saveScreen(app, 'board-07-meetings');
  await app.getByRole('tab', { name: /Board/ }).click();
  await expect(board.cell('advocacy', 'todo')).toContainText('Chase the NCB for its reply');
  await expect(board.cell('us-immigration', 'todo')).toContainText('Send the draft declaration for review');
});

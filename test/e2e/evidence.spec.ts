import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { samplePdf, samplePng } from './fixtures/sample-files';
import { createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { EvidencePage } from './pages/evidence-page';
import type { Services } from '../../electron/services';

function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A client with an upcoming individual hearing (so a filing deadline exists) and a responsible counsel. */
function seedClient(services: Services): string {
  const id = services.dossiers.create({
    familyName: 'Volkov',
    givenNames: 'Aleksei',
    aliases: [{ name: 'Волков Алексей', kind: 'transliteration', script: 'cyrillic' }],
    nationalities: ['Russia'],
    status: 'active',
  }).id;
  services.dossiers.saveRecord(id, {
    kind: 'hearing',
    scope: 'counsel-team',
    data: { kind: 'individual', date: inDays(45), detained: false, court: 'New York Immigration Court' },
  });
  services.dossiers.saveRecord(id, {
    kind: 'party',
    scope: 'counsel-team',
    data: { name: 'Dana Ortiz', role: 'us-immigration-counsel' },
  });
  services.dossiers.create({ familyName: 'Karimova', givenNames: 'Dilnoza', nationalities: ['Uzbekistan'] });
  return id;
}

const PDF = {
  name: 'Summons-Investigative-Committee.pdf',
  mimeType: 'application/pdf',
  buffer: samplePdf([
    'Investigative Committee of the Russian Federation',
    'SUMMONS No. 11802450014000231',
    'Citizen A. Volkov is summoned as a suspect under Art. 207.3.',
    'Failure to appear will result in compulsory attendance.',
  ]),
};
const PNG = { name: 'raid-photo.png', mimeType: 'image/png', buffer: samplePng() };

test('attach by drag and drop and by button, preview, verify, save a copy, and find it in the palette', async ({
  app,
  harbor,
}) => {
  test.setTimeout(120_000);
  await createVaultAndEnter(app);
  const clientId = seedClient(harbor.services);
  const frame = new AppFramePage(app);
  const evidence = await EvidencePage.open(frame);
  await saveScreen(app, '60-evidence-choose-client');

  await evidence.chooseClient('volk');
  await expect(evidence.picker).toContainText('VOLKOV, Aleksei');
  await app.getByRole('button', { name: 'Start checklist' }).click();
  await expect(evidence.checklist).toBeVisible();
  await expect(evidence.checklist.getByRole('heading', { name: 'Identity & nationality' })).toBeVisible();
  await expect(evidence.checklist.getByRole('progressbar', { name: 'Whole checklist' })).toBeVisible();

  // Drag and drop a PDF from the "desktop" onto the summons item.
  const arrest = evidence.item('persecution-incidents-arrest-records');
  await evidence.dropFiles(arrest, [PDF]);
  await expect(evidence.chip(arrest, 'Summons-Investigative-Committee')).toBeVisible();
  // The button: a photo for the photos item.
  const photos = evidence.item('persecution-incidents-photos-video');
  await evidence.attachWithButton(photos, PNG);
  await expect(evidence.chip(photos, 'raid-photo')).toBeVisible();
  const stored = harbor.services.evidence.list(clientId);
  expect(stored.map((e) => [e.fileName, e.sha256])).toEqual([
    [PDF.name, createHash('sha256').update(PDF.buffer).digest('hex')],
    [PNG.name, createHash('sha256').update(PNG.buffer).digest('hex')],
  ]);

  // Status changes: received, and "not obtainable" only with the reason.
  // A file arriving for an item still needed marks it received.
  await expect(arrest.getByLabel(/^Status of/)).toHaveValue('received');
  await photos.getByLabel(/^Status of/).selectOption('translated');
  await expect(photos.getByLabel(/^Status of/)).toHaveValue('translated');
  const police = evidence.item('persecution-incidents-police-reports');
  await police.getByLabel(/^Status of/).selectOption('not-obtainable');
  const reason = app.getByTestId('reason-dialog');
  await expect(reason).toBeVisible();
  await reason.getByRole('button', { name: 'Mark not obtainable' }).click();
  await expect(reason.getByText(/Say why it cannot reasonably be obtained/)).toBeVisible();
  await reason
    .getByLabel('Why it cannot reasonably be obtained')
    .fill(
      'The police in Yekaterinburg refused to register the complaint; asking again would expose the family.',
    );
  await reason.getByRole('button', { name: 'Mark not obtainable' }).click();
  await expect(reason).toHaveCount(0);
  await expect(police).toContainText('The police in Yekaterinburg refused');

  // Due dates: the declaration follows the EOIR filing deadline before the hearing; the passport has a date.
  const declaration = evidence.item('declaration-personal-declaration');
  await declaration.getByRole('button', { name: /^Due date of/ }).click();
  const due = app.getByTestId('due-dialog');
  await due.getByLabel(/Follow a deadline/).check();
  await due.getByRole('button', { name: 'Save due date' }).click();
  await expect(due).toHaveCount(0);
  await expect(declaration.getByRole('button', { name: /follows a deadline/ })).toBeVisible();
  await declaration.getByLabel(/^Responsible for/).selectOption({ label: 'Dana Ortiz' });
  const passport = evidence.item('identity-passport');
  await passport.getByRole('button', { name: /^Due date of/ }).click();
  await due.getByLabel('A date', { exact: true }).check();
  await due.getByLabel('Due on').fill(inDays(10));
  await due.getByRole('button', { name: 'Save due date' }).click();
  await expect(due).toHaveCount(0);
  await passport.getByLabel(/^Status of/).selectOption('requested');
  await arrest.scrollIntoViewIfNeeded();
  await saveScreen(app, '61-evidence-checklist-item-with-evidence');
  await app.getByTestId('section-evidence').getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await saveScreen(app, '62-evidence-checklist');

  // The detail of the PDF: preview rendered by pdf.js, SHA-256, re-verify, save a copy, custody log.
  await evidence.chip(arrest, 'Summons-Investigative-Committee').click();
  await expect(evidence.detail).toBeVisible();
  const canvas = evidence.detail.getByTestId('pdf-canvas');
  await expect(canvas).toBeVisible();
  await expect(evidence.detail.getByText('Page 1 of 1')).toBeVisible();
  await expect
    .poll(() =>
      canvas.evaluate((element) => {
        const c = element as HTMLCanvasElement;
        const data =
          c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark++;
        return dark;
      }),
    )
    .toBeGreaterThan(200);
  await expect(evidence.detail.getByTestId('sha256')).toHaveText(
    (stored[0]?.sha256.match(/.{8}/g) ?? []).join(' '),
  );
  await evidence.detail.getByLabel('Exhibit').fill('C-14');
  await evidence.detail.getByLabel('Source').fill('Client’s mother, by courier');
  await evidence.detail.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByText('Evidence details saved', { exact: true })).toBeVisible();
  await evidence.detail.getByRole('button', { name: 'Re-verify' }).click();
  await expect(evidence.detail.getByText('Intact: the stored file matches its intake hash')).toBeVisible();
  await evidence.detail.getByRole('button', { name: 'Save a copy…' }).click();
  await expect(app.getByText(`Saved a copy as ${PDF.name}`, { exact: true })).toBeVisible();
  const copy = join(harbor.exportsDir, PDF.name);
  expect(existsSync(copy)).toBe(true);
  expect(readFileSync(copy).equals(PDF.buffer)).toBe(true);
  const custody = evidence.detail.getByTestId('custody-log');
  for (const action of [
    'Taken in',
    'Linked to checklist',
    'Viewed',
    'Details changed',
    'Hash re-verified',
    'Copy saved',
  ]) {
    await expect(custody.getByText(action, { exact: true })).toBeVisible();
  }
  await evidence.detail.getByTestId('preview').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await saveScreen(app, '63-evidence-detail-pdf');
  await custody.scrollIntoViewIfNeeded();
  await saveScreen(app, '63-evidence-detail-custody');
  await evidence.detail.getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(evidence.detail).toHaveCount(0);

  // The image, previewed from a blob: URL of the page's own origin.
  await evidence.chip(photos, 'raid-photo').click();
  const image = evidence.detail.getByTestId('image-preview');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(480);
  await saveScreen(app, '64-evidence-detail-image');
  await evidence.detail.getByRole('button', { name: 'Close', exact: true }).first().click();

  // What is missing for the next hearing: the passport (requested, due in 10 days) and the declaration.
  await evidence.tab('Missing for next hearing').click();
  const missing = app.getByTestId('missing-view');
  await expect(missing).toContainText('Individual hearing on');
  await expect(missing.getByRole('row')).toHaveCount(3);
  await expect(missing).toContainText('Passport (current)');
  await expect(missing).toContainText('Personal declaration');
  await expect(missing).toContainText('Dana Ortiz');
  await saveScreen(app, '65-evidence-missing-for-hearing');

  await evidence.tab('Files').click();
  await expect(app.getByTestId('files-table').getByRole('row')).toHaveCount(3);
  await saveScreen(app, '66-evidence-files');

  // The palette finds the file by its exhibit number and a name by a typo; Enter opens what is chosen.
  await app.keyboard.press('Control+k');
  const palette = app.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox').fill('summons');
  await expect(palette.getByRole('option', { name: /Evidence/ })).toBeVisible();
  await palette.getByRole('combobox').fill('volkv');
  await expect(palette.getByRole('option', { name: /VOLKOV, Aleksei/ })).toBeVisible();
  await expect(palette.getByText('similar spelling')).toBeVisible();
  await palette.getByRole('combobox').fill('c-14');
  const hit = palette.getByRole('option', { name: /Exhibit C-14/ });
  await expect(hit).toBeVisible();
  await saveScreen(app, '67-search-palette');
  await app.keyboard.press('ArrowDown');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(evidence.detail).toBeVisible();
  await expect(
    evidence.detail.getByRole('heading', { name: 'Summons-Investigative-Committee' }),
  ).toBeVisible();
  await evidence.detail.getByRole('button', { name: 'Close', exact: true }).first().click();

  // Enter on a client opens the dossier.
  await app.keyboard.press('Control+k');
  await palette.getByRole('combobox').fill('волков');
  await expect(palette.getByRole('option', { name: /VOLKOV, Aleksei/ })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(frame.navLink('Dossiers')).toHaveAttribute('aria-current', 'page');
  await expect(app.getByRole('heading', { level: 1, name: /VOLKOV/ })).toBeVisible();
});

test('templates: view, edit into a new version, and checklists keep theirs', async ({ app, harbor }) => {
  await createVaultAndEnter(app);
  const clientId = seedClient(harbor.services);
  const frame = new AppFramePage(app);
  const evidence = await EvidencePage.open(frame);
  await evidence.chooseClient('volkov');
  await app.getByRole('button', { name: 'Start checklist' }).click();
  await expect(evidence.checklist).toBeVisible();

  await evidence.tab('Templates').click();
  const card = app.getByTestId('template-Red Notice + asylum');
  await expect(card).toContainText('Version 1');
  await expect(card).toContainText('used by 1 checklist');
  await saveScreen(app, '68-evidence-templates');
  await card.getByRole('button', { name: 'View & edit' }).click();
  const editor = app.getByTestId('template-editor');
  await expect(editor).toBeVisible();
  const identity = editor.getByRole('region', { name: 'Identity & nationality' });
  await identity.getByRole('button', { name: 'Add item' }).click();
  await identity.getByRole('textbox', { name: 'Item title', exact: true }).last().fill('Driver’s licence');
  await saveScreen(app, '69-evidence-template-editor');
  await editor.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(app.getByText('Saved as version 2', { exact: true })).toBeVisible();
  await editor.getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(card).toContainText('Version 2');

  const [checklist] = harbor.services.checklists.forClient(clientId);
  expect(checklist).toMatchObject({ templateVersion: 1, templateLatestVersion: 2 });
  await evidence.tab('Checklist').click();
  await expect(evidence.checklist).toContainText('(the template is now at version 2)');

  await app.emulateMedia({ colorScheme: 'dark' });
  await saveScreen(app, '70-evidence-checklist-dark');
});

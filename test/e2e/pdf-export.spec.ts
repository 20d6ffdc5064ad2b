import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { MARKERS, seedPdfCase } from '../support/pdf-case';
import { saveScreen } from './fixtures/screens';
import { expect, test } from './fixtures/test';
import { createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { DossierListPage } from './pages/dossier-pages';
import { PdfExportDialogPage } from './pages/pdf-export-page';

const EXPORT_TIMEOUT = { timeout: 45_000 };

async function openDossier(page: Page, name: string): Promise<void> {
  const frame = new AppFramePage(page);
  await frame.open('Settings');
  await frame.open('Dossiers');
  const list = new DossierListPage(page);
  await list.row(name).click();
  await expect(page.getByTestId('dossier-name')).toContainText(name);
}

test('export a PDF from the dossier: profile, hidden sections, the preview, the file', async ({
  app,
  harbor,
}) => {
  test.setTimeout(150_000);
  await createVaultAndEnter(app);
  const clientId = seedPdfCase(harbor.services, { evidence: 12 });
  await openDossier(app, 'PETROV, Ivan');

  const dialog = await PdfExportDialogPage.open(app);
  await expect(dialog.dialog.getByRole('radio', { name: /Internal — full summary/ })).toBeFocused();
  await expect(dialog.preview).toContainText('Case summary');
  await expect(dialog.preview).toContainText(MARKERS.clientOnlyNote);
  await saveScreen(app, 'pdf-01-dialog-internal');

  // Co-counsel: client-only material leaves the preview, and the dialog says what stayed out.
  await dialog.chooseProfile(/^Co-counsel/);
  await expect(dialog.preview).toContainText('Case summary for co-counsel');
  await expect(dialog.preview).not.toContainText(MARKERS.clientOnlyNote);
  await expect(dialog.preview).not.toContainText(MARKERS.clientOnlyIncident);
  await expect(dialog.dialog.getByText('Left out by sharing scope')).toBeVisible();
  await expect(
    dialog.dialog.getByRole('checkbox', { name: 'Contact channels and safe-contact instructions' }),
  ).toBeChecked();

  await dialog.leaveOut('Timeline');
  await dialog.leaveOut('Family members');
  await expect(dialog.section('timeline')).toHaveCount(0);
  await expect(dialog.preview).not.toContainText(MARKERS.family);
  await dialog.section('deadlines').scrollIntoViewIfNeeded();
  await saveScreen(app, 'pdf-02-dialog-co-counsel-preview');

  await dialog.exportButton.click();
  await expect(dialog.dialog.getByText('PDF saved')).toBeVisible(EXPORT_TIMEOUT);
  await saveScreen(app, 'pdf-03-saved');
  const [file] = readdirSync(harbor.exportsDir).filter((n) => n.endsWith('.pdf'));
  if (!file) throw new Error('no PDF written');
  expect(file).toMatch(/^PETROV - co-counsel summary - \d{4}-\d{2}-\d{2}\.pdf$/);

  const text = execFileSync('pdftotext', ['-layout', join(harbor.exportsDir, file), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  expect(text).toContain('Case summary for co-counsel');
  expect(text).toContain('Privileged & Confidential — Attorney–Client Communication / Attorney Work Product');
  expect(text).not.toContain(MARKERS.clientOnlyNote);
  expect(text).not.toContain(MARKERS.family);
  expect(text).not.toMatch(/\bTimeline\b/);

  const audit = harbor.services.dossiers.history(clientId, 20).find((e) => e.action === 'export');
  expect(audit?.detail).toMatch(
    /^pdf: profile co-counsel; hidden: timeline, addresses, contacts, family; \d+ page\(s\)$/,
  );

  // The visit pack's preview: questions, forms, ruled pages.
  await dialog.chooseProfile(/Detention-visit pack/);
  await expect(dialog.preview).toContainText('G-28 — Notice of Entry of Appearance');
  await expect(dialog.preview).toContainText('Notes from the visit');
  await dialog.section('open-questions').scrollIntoViewIfNeeded();
  await saveScreen(app, 'pdf-04-dialog-visit-preview');
  await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.dialog).toHaveCount(0);
});

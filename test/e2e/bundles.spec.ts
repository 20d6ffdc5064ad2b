import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { saveScreen } from './fixtures/screens';
import { expect, test } from './fixtures/test';
import { VAULT_TIMEOUT, createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { SafetySettingsPage } from './pages/safety-pages';
import { SettingsPage } from './pages/settings-page';

const BUNDLE_PASSPHRASE = 'shared between counsel only';
const JOB_TIMEOUT = { timeout: 30_000 };

test('case bundles: export for an audience, then import with the change preview', async ({ app, harbor }) => {
  await createVaultAndEnter(app);
  const { services } = harbor;
  const client = services.dossiers.create({
    familyName: 'Abdullaev',
    givenNames: 'Timur',
    languages: ['Uzbek'],
  });
  services.dossiers.saveRecord(client.id, {
    kind: 'note',
    scope: 'client-only',
    data: { title: 'Family at risk', body: 'Brother still in Tashkent.' },
  });
  const strategy = services.dossiers.saveRecord(client.id, {
    kind: 'note',
    scope: 'counsel-team',
    data: { title: 'Strategy', body: 'File the CCF deletion request first.' },
  });
  services.dossiers.saveRecord(client.id, {
    kind: 'hearing',
    scope: 'court',
    data: { kind: 'master', date: '2026-12-10' },
  });

  const frame = new AppFramePage(app);
  await SettingsPage.open(frame);
  const safety = new SafetySettingsPage(app);
  await safety.bundlesPanel.scrollIntoViewIfNeeded();
  await safety.bundlesPanel.getByRole('combobox', { name: 'Client' }).fill('abdul');
  await expect(safety.bundlesPanel.getByRole('option', { selected: true })).toContainText('ABDULLAEV');
  await saveScreen(app, 'bundles-01-panel');
  await app.keyboard.press('Enter');

  const exportDialog = app.getByTestId('export-bundle-dialog');
  await expect(exportDialog.getByRole('radio', { name: /Counsel team/ })).toBeFocused();
  await expect(exportDialog.getByTestId('bundle-preview')).toContainText(
    '2 records go into the bundle; 1 stays',
  );
  await exportDialog.getByRole('radio', { name: /^Court/ }).check();
  await expect(exportDialog.getByText('This dossier cannot go to that audience')).toBeVisible();
  await expect(exportDialog.getByRole('button', { name: 'Save bundle…' })).toBeDisabled();
  await exportDialog.getByRole('radio', { name: /Counsel team/ }).check();
  await exportDialog.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await exportDialog.getByLabel('Type it again', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await saveScreen(app, 'bundles-02-export');
  await exportDialog.getByRole('button', { name: 'Save bundle…' }).click();
  await expect(exportDialog.getByText('Bundle saved')).toBeVisible(JOB_TIMEOUT);
  await expect(exportDialog).toContainText('2 records');
  await exportDialog.getByRole('button', { name: 'Done' }).click();
  const [bundleFile] = readdirSync(harbor.exportsDir).filter((n) => n.endsWith('.shbundle'));
  if (!bundleFile) throw new Error('no bundle written');

  // Since the export, this vault changed: the strategy note was deleted and the profile edited. Importing the
  // bundle shows exactly that before anything is written.
  const strategyId = strategy.records.find((r) => r.kind === 'note' && r.scope === 'counsel-team')?.id;
  if (!strategyId) throw new Error('no strategy note');
  services.dossiers.deleteRecord(client.id, strategyId);
  const current = services.dossiers.get(client.id);
  services.dossiers.update(client.id, current.revision, {
    ...current.client,
    languages: ['Uzbek', 'Russian'],
  });

  harbor.answerOpenDialog(join(harbor.exportsDir, bundleFile));
  await safety.bundlesPanel.getByRole('button', { name: 'Choose a bundle file…' }).click();
  const importDialog = app.getByTestId('import-bundle-dialog');
  await expect(importDialog.getByLabel('Bundle passphrase', { exact: true })).toBeFocused();
  await app.keyboard.type('not the bundle passphrase');
  await app.keyboard.press('Enter');
  await expect(importDialog.getByText('That passphrase does not open this bundle.')).toBeVisible(JOB_TIMEOUT);
  await importDialog.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await app.keyboard.press('Enter');
  const diff = importDialog.getByTestId('bundle-diff');
  await expect(diff).toBeVisible(JOB_TIMEOUT);
  await expect(diff).toContainText('Update');
  await expect(diff).toContainText('Profile · 1 field changed');
  await expect(diff).toContainText('1 record added');
  await expect(diff).toContainText('Note: Strategy');
  await expect(diff).toContainText('0 records changed');
  await saveScreen(app, 'bundles-03-import-preview');
  expect(services.dossiers.get(client.id).records.some((r) => r.id === strategyId)).toBe(false);

  await importDialog.getByTestId('apply-bundle').click();
  await expect(importDialog.getByText('Bundle applied')).toBeVisible(VAULT_TIMEOUT);
  await saveScreen(app, 'bundles-04-import-applied');
  const after = services.dossiers.get(client.id);
  expect(after.records.some((r) => r.id === strategyId)).toBe(true);
  expect(after.client.languages).toEqual(['Uzbek']);
  expect(services.dossiers.history(client.id, 20).map((h) => h.action)).toContain('bundle.imported');

  await app.emulateMedia({ colorScheme: 'dark' });
  await importDialog.getByRole('button', { name: 'Close' }).first().click();
  await safety.bundlesPanel.scrollIntoViewIfNeeded();
  await saveScreen(app, 'bundles-05-panel-dark');
});

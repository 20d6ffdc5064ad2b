import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setMeta } from '../../db/vault-meta';
import { createServices } from '../../electron/services';
import { emitToPage } from './fixtures/harbor-bridge';
import { saveScreen } from './fixtures/screens';
import { expect, test } from './fixtures/test';
import { PASSPHRASE, VAULT_TIMEOUT, WRONG_PASSPHRASE, createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { SafetySettingsPage } from './pages/safety-pages';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';

const BACKUP_PASSPHRASE = 'harbour lighthouse anchor tide';
const JOB_TIMEOUT = { timeout: 30_000 };

test('backups: back up with either protection, verify, refuse a damaged file, restore into a new folder', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  for (const [familyName, givenNames] of [
    ['Abdullaev', 'Timur'],
    ['Karimova', 'Dilnoza'],
    ['Volkov', 'Aleksei'],
  ] as const) {
    harbor.services.dossiers.create({ familyName, givenNames });
  }
  const frame = new AppFramePage(app);
  await SettingsPage.open(frame);
  const safety = new SafetySettingsPage(app);
  await safety.expectLoaded();
  await safety.backupPanel.scrollIntoViewIfNeeded();
  await expect(safety.backupStatus).toContainText('None yet');
  await saveScreen(app, 'safety-01-backups');

  // With the vault's key: the save dialog (stubbed) picks the file; progress, then the result.
  await safety.backUpNow.click();
  const saved = safety.outcome(safety.backupPanel, 'Backup saved');
  await expect(saved).toBeVisible(JOB_TIMEOUT);
  await expect(saved).toContainText(/Safe Harbor backup \d{4}-\d\d-\d\d\.shbackup/);
  await expect(safety.backupStatus).toContainText('today');
  const [vaultKeyFile] = readdirSync(harbor.exportsDir);
  if (!vaultKeyFile) throw new Error('no backup written');
  const vaultKeyPath = join(harbor.exportsDir, vaultKeyFile);
  expect(readFileSync(vaultKeyPath).includes(Buffer.from('Abdullaev'))).toBe(false);
  expect(harbor.services.backups.status().lastBackupAt).not.toBeNull();
  await saveScreen(app, 'safety-02-backup-saved');

  // With a separate passphrase: asked twice, checked before anything is written.
  await safety.mode('With a separate passphrase').check();
  await safety.backupPanel.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
  await safety.backupPanel.getByLabel('Type it again', { exact: true }).fill('not the same');
  await safety.backUpNow.click();
  await expect(safety.backupPanel.getByText('The two entries do not match.')).toBeVisible();
  await safety.backupPanel.getByLabel('Type it again', { exact: true }).fill(BACKUP_PASSPHRASE);
  await saveScreen(app, 'safety-03-backup-passphrase-mode');
  // The same suggested name: this backup replaces the first file in the exports folder.
  await safety.backUpNow.click();
  await expect(safety.outcome(safety.backupPanel, 'Backup saved')).toContainText(
    'opens with the backup passphrase only',
    JOB_TIMEOUT,
  );

  // Verify: the backup asks for its passphrase; a wrong one is refused beside the field.
  harbor.answerOpenDialog(vaultKeyPath);
  await safety.restorePanel.scrollIntoViewIfNeeded();
  await safety.restorePanel.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(safety.restorePanel.getByTestId('chosen-backup')).toContainText('Own passphrase');
  const secret = safety.restorePanel.getByLabel('Backup passphrase', { exact: true });
  await secret.fill('a wrong backup passphrase');
  await safety.restorePanel.getByRole('button', { name: 'Verify backup' }).click();
  await expect(safety.restorePanel.getByText('That passphrase does not open this backup.')).toBeVisible(
    JOB_TIMEOUT,
  );
  await secret.fill(BACKUP_PASSPHRASE);
  await safety.restorePanel.getByRole('button', { name: 'Verify backup' }).click();
  await expect(safety.outcome(safety.restorePanel, 'The backup is sound')).toContainText(
    '3 dossiers inside, integrity check passed',
    JOB_TIMEOUT,
  );
  await saveScreen(app, 'safety-04-verified');

  // Restore into a new folder (the folder dialog is stubbed too).
  const target = join(harbor.exportsDir, '..', 'restored-vault');
  harbor.answerOpenDialog(target);
  await safety.restorePanel.getByRole('button', { name: 'Restore into a new folder…' }).click();
  const restored = safety.outcome(safety.restorePanel, 'Restored into a new vault');
  await expect(restored).toContainText(target, JOB_TIMEOUT);
  expect(readdirSync(target).sort()).toEqual(['harbor.db', 'keys.json']);
  await saveScreen(app, 'safety-05-restored');

  // A damaged copy: one flipped byte, refused with the reason.
  const damaged = join(harbor.exportsDir, 'damaged.shbackup');
  const bytes = Buffer.from(readFileSync(vaultKeyPath));
  const at = bytes.length - 100;
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0x10, at);
  writeFileSync(damaged, bytes);
  harbor.answerOpenDialog(damaged);
  await safety.restorePanel.getByRole('button', { name: 'Change…' }).click();
  await expect(safety.restorePanel.getByTestId('chosen-backup')).toContainText('damaged.shbackup');
  await safety.restorePanel.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
  await safety.restorePanel.getByRole('button', { name: 'Verify backup' }).click();
  await expect(safety.outcome(safety.restorePanel, 'The backup cannot be used')).toContainText(
    /The file was altered or is damaged: part \d+ of \d+ failed its authentication check/,
    JOB_TIMEOUT,
  );
  await saveScreen(app, 'safety-06-damaged');

  await app.emulateMedia({ colorScheme: 'dark' });
  await safety.backupPanel.scrollIntoViewIfNeeded();
  await saveScreen(app, 'safety-07-backups-dark');
  await safety.restorePanel.scrollIntoViewIfNeeded();
  await saveScreen(app, 'safety-08-restore-dark');
});

test('the reminder shows when the last backup is too old and leads to the backup panel', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  setMeta(harbor.services.vault.current().db, 'lastBackupAt', '2026-01-02T10:00:00.000Z');
  const frame = new AppFramePage(app);
  await frame.pressShortcut('l');
  const unlock = new UnlockPage(app);
  await unlock.unlock(PASSPHRASE);
  const reminder = app.getByTestId('backup-reminder');
  await expect(reminder).toBeVisible(VAULT_TIMEOUT);
  await expect(reminder).toContainText(/Last backup \d+ days ago/);
  await saveScreen(app, 'safety-09-reminder');
  await reminder.getByRole('button', { name: 'Back up now' }).click();
  await expect(app.getByRole('heading', { name: 'Backups & safety' })).toBeFocused();
  await expect(new SafetySettingsPage(app).backupStatus).toContainText('a new backup is due');
});

test('panic controls: blur in the background, and erase after failed unlocks with a stern confirmation', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  harbor.services.dossiers.create({ familyName: 'Abdullaev', givenNames: 'Timur' });
  const frame = new AppFramePage(app);
  await SettingsPage.open(frame);
  const safety = new SafetySettingsPage(app);
  await safety.panicPanel.scrollIntoViewIfNeeded();
  await expect(safety.panicPanel.getByTestId('wipe-status')).toContainText('Off');

  // Blur: off until turned on; then the window's focus loss (sent by main) blurs everything.
  await emitToPage(app, 'window.focus', { focused: false });
  await expect(app.getByTestId('blur-shield')).toHaveCount(0);
  await safety.panicPanel.getByRole('switch', { name: /Blur when Safe Harbor is in the background/ }).click();
  await expect(safety.panicPanel.getByRole('switch', { name: /Blur/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  expect(harbor.services.settings.get().blurOnFocusLoss).toBe(true);
  await saveScreen(app, 'safety-10-panic');
  await emitToPage(app, 'window.focus', { focused: false });
  await expect(app.getByTestId('blur-shield')).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('data-window-blurred', '');
  await saveScreen(app, 'safety-11-blurred');
  await emitToPage(app, 'window.focus', { focused: true });
  await expect(app.getByTestId('blur-shield')).toHaveCount(0);

  // Erase after failed unlocks: the stern confirmation needs the word and the passphrase.
  await safety.panicPanel.getByRole('button', { name: 'Turn on…' }).click();
  const dialog = app.getByTestId('wipe-dialog');
  await expect(dialog).toContainText('Erasing cannot be undone');
  await expect(dialog).toContainText('Only a backup can bring the data back.');
  const turnOn = dialog.getByRole('button', { name: 'Turn on erasing' });
  await expect(turnOn).toBeDisabled();
  await dialog.getByLabel('Erase after').fill('3');
  await dialog.getByLabel('Type ERASE to confirm').fill('erase');
  await dialog.getByLabel('Vault passphrase').fill(WRONG_PASSPHRASE);
  await saveScreen(app, 'safety-12-wipe-confirm');
  await turnOn.click();
  await expect(dialog.getByText('That is not the vault’s passphrase.')).toBeVisible(VAULT_TIMEOUT);
  await dialog.getByLabel('Vault passphrase').fill(PASSPHRASE);
  await turnOn.click();
  await expect(dialog).toHaveCount(0, VAULT_TIMEOUT);
  await expect(safety.panicPanel.getByTestId('wipe-status')).toContainText('On · after 3');
  expect(harbor.services.guard.state()).toEqual({ wipeAfterFailures: 3, failedAttempts: 0 });

  // Locked: each wrong passphrase says how many attempts remain.
  await frame.pressShortcut('l');
  const unlock = new UnlockPage(app);
  await unlock.unlock(WRONG_PASSPHRASE);
  await expect(unlock.fieldError(unlock.passphrase)).toHaveText(
    'That passphrase does not open this vault. 2 more failed attempts erase this vault.',
    VAULT_TIMEOUT,
  );
  await saveScreen(app, 'safety-13-unlock-attempts-left');
  await unlock.unlock(PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
  expect(harbor.services.guard.state().failedAttempts).toBe(0);
  expect(existsSync(join(harbor.vaultDir, 'harbor.db'))).toBe(true);
});

test('a new computer: the first screen restores the last backup, which then unlocks as before', async ({
  app,
  harbor,
}) => {
  // The old laptop's vault, backed up with its key (made here directly, in another folder).
  const oldDir = join(harbor.exportsDir, '..', 'old-laptop', 'vault');
  const old = createServices(oldDir);
  await old.vault.create(PASSPHRASE);
  old.dossiers.create({ familyName: 'Abdullaev', givenNames: 'Timur' });
  const backup = join(harbor.exportsDir, 'old-laptop.shbackup');
  await old.backups.backupTo(backup, 'vault-key');
  old.vault.lock('manual');

  await expect(app.getByTestId('first-run')).toBeVisible();
  await saveScreen(app, 'safety-14-first-run');
  await app.getByRole('button', { name: 'Restore a backup instead' }).click();
  const screen = app.getByTestId('restore-first-run');
  await expect(screen.getByRole('heading', { name: 'Restore the vault from a backup' })).toBeFocused();
  harbor.answerOpenDialog(backup);
  await screen.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(screen.getByTestId('chosen-backup')).toContainText('old-laptop.shbackup');
  await screen.getByLabel('Vault passphrase or recovery code').fill(WRONG_PASSPHRASE);
  await screen.getByRole('button', { name: 'Restore the vault' }).click();
  await expect(
    screen.getByText(
      'That is neither the passphrase nor the recovery code of the vault this backup was made from.',
    ),
  ).toBeVisible(JOB_TIMEOUT);
  expect(existsSync(join(harbor.vaultDir, 'harbor.db'))).toBe(false);
  await screen.getByLabel('Vault passphrase or recovery code').fill(PASSPHRASE);
  await saveScreen(app, 'safety-15-restore-first-run');
  await screen.getByRole('button', { name: 'Restore the vault' }).click();
  await expect(screen.getByText('The vault is restored')).toBeVisible(JOB_TIMEOUT);
  await saveScreen(app, 'safety-16-restored-first-run');
  await screen.getByRole('button', { name: 'Continue to unlock' }).click();

  const unlock = new UnlockPage(app);
  await unlock.unlock(PASSPHRASE);
  await new AppFramePage(app).expectShown();
  expect(
    harbor.services.dossiers.list({
      text: '',
      fronts: [],
      statuses: [],
      detained: 'any',
      sort: 'name',
      offset: 0,
      limit: 10,
    }).rows[0]?.familyName,
  ).toBe('Abdullaev');
});

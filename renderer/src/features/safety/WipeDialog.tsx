import { type FormEvent, useState } from 'react';
import { WIPE_AFTER_MAX, WIPE_AFTER_MIN } from '../../../../shared/safety/backup';
import { HarborError, invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { PassphraseField } from '../../ui/PassphraseField';
import { showToast } from '../../ui/toast-store';
import { errorMessage } from './BackupPanel';
import { useSafetyStore } from './safety-store';
import { Modal } from './ui/Modal';

const CONFIRM_WORD = 'ERASE';

/** The stern confirmation for turning erase-after-failures on (or, with the passphrase, off again). */
export function WipeDialog({ mode, onClose }: { mode: 'on' | 'off'; onClose(): void }) {
  const status = useSafetyStore((state) => state.status);
  const [limit, setLimit] = useState('5');
  const [typed, setTyped] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ limit?: string; passphrase?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);
  const turningOn = mode === 'on';
  const confirmed = !turningOn || typed.trim().toUpperCase() === CONFIRM_WORD;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(limit);
    if (turningOn && (!Number.isInteger(value) || value < WIPE_AFTER_MIN || value > WIPE_AFTER_MAX)) {
      setErrors({ limit: `Choose from ${WIPE_AFTER_MIN} to ${WIPE_AFTER_MAX} attempts.` });
      return;
    }
    if (!passphrase) {
      setErrors({ passphrase: 'Enter the vault’s passphrase.' });
      return;
    }
    setSaving(true);
    try {
      const guard = await invoke('guard.update', {
        wipeAfterFailures: turningOn ? value : null,
        passphrase,
      });
      useSafetyStore.setState({ guard });
      showToast({
        tone: turningOn ? 'info' : 'success',
        title: turningOn ? `Erase after ${value} failed unlocks is on` : 'Erase after failed unlocks is off',
      });
      onClose();
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      if (error instanceof HarborError && error.code === 'WRONG_PASSPHRASE') {
        setErrors({ passphrase: error.message });
      } else {
        setErrors({ form: errorMessage(error) });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={turningOn ? 'Erase the vault after failed unlocks?' : 'Turn off erasing?'}
      description={
        turningOn
          ? 'For a laptop that may be taken: whoever tries to guess the passphrase gets a limited number of tries.'
          : 'Wrong passphrases will be refused, and nothing will be erased.'
      }
      tone={turningOn ? 'danger' : 'default'}
      onRequestClose={onClose}
      testId="wipe-dialog"
      initialFocus={turningOn ? "[data-testid='wipe-limit-input']" : 'input[type=password]'}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            form="wipe-form"
            variant={turningOn ? 'danger' : 'primary'}
            pending={saving}
            disabled={!confirmed}
          >
            {turningOn ? 'Turn on erasing' : 'Turn off erasing'}
          </Button>
        </>
      }
    >
      <form id="wipe-form" className="form-stack wipe-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {turningOn && (
          <>
            <Alert tone="danger" title="Erasing cannot be undone">
              <p>
                When the limit is reached, this computer’s vault files (harbor.db and keys.json) are
                overwritten and deleted. Nobody can bring them back: not you, not the recovery code, not us.{' '}
                <strong>Only a backup can bring the data back.</strong>
              </p>
              {!status?.lastBackupAt && <p>This vault has no backup yet. Make one before turning this on.</p>}
            </Alert>
            <p className="wipe-form__note">
              It stops someone guessing at this screen; it cannot stop a copy of the files made beforehand —
              that is what a long passphrase is for. Every failed attempt says how many remain, and a correct
              one starts the count again.
            </p>
            <TextField
              label="Erase after"
              type="number"
              inputMode="numeric"
              min={WIPE_AFTER_MIN}
              max={WIPE_AFTER_MAX}
              suffix="failed attempts in a row"
              className="settings-inline-form__field wipe-form__limit"
              data-testid="wipe-limit-input"
              value={limit}
              error={errors.limit}
              onChange={(e) => setLimit(e.target.value)}
            />
            <TextField
              label={`Type ${CONFIRM_WORD} to confirm`}
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              data-testid="wipe-confirm-word"
            />
          </>
        )}
        <PassphraseField
          label="Vault passphrase"
          autoComplete="current-password"
          hint="Only someone who can open the vault may change this."
          value={passphrase}
          error={errors.passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {errors.form && (
          <Alert tone="danger" role="alert">
            {errors.form}
          </Alert>
        )}
      </form>
    </Modal>
  );
}

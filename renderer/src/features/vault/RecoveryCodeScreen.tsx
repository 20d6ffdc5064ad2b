import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { normalizeRecoveryCode } from '../../../../shared/vault/passphrase';
import { AuthHeader, AuthLayout } from '../../ui/AuthLayout';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { CheckIcon, CopyIcon, DownloadIcon, PrinterIcon } from '../../ui/icons';
import { showToast } from '../../ui/toast-store';
import { RECOVERY_FILE_NAME, copyText, recoveryCodeDocument, saveTextFile } from './recovery-code-export';
import { RecoveryCodeDisplay } from './RecoveryCodeDisplay';
import { RecoveryCodePrintSheet } from './RecoveryCodePrintSheet';
import { useVaultStore } from './vault-store';
import './recovery-code.css';

/**
 * Shown once, right after the vault is created. The attorney must say the code is stored and type its last group
 * back (proof they can read it from wherever they stored it) before the app opens; then the code is forgotten.
 */
export function RecoveryCodeScreen({ recoveryCode }: { recoveryCode: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [createdOn] = useState(() => new Date());
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <AuthLayout width="wide" testId="recovery-code-screen">
      <AuthHeader eyebrow="Step 2 of 2" title="Store your recovery code" headingRef={headingRef}>
        <p>
          Your vault is created. If you ever forget the passphrase, this code is the only way back in. It is
          shown once, now.
        </p>
      </AuthHeader>
      <RecoveryCodeCard code={recoveryCode} createdOn={createdOn} />
      <Alert tone="warning" title="Keep it apart from this computer">
        Print it or save it to a drive you keep elsewhere. Anyone with this code and a copy of the vault can
        read it, so do not keep it in an email or on this computer’s desktop.
      </Alert>
      <ConfirmStoredForm code={recoveryCode} />
      <RecoveryCodePrintSheet code={recoveryCode} createdOn={createdOn} />
    </AuthLayout>
  );
}

function RecoveryCodeCard({ code, createdOn }: { code: string; createdOn: Date }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    if (await copyText(code)) setCopied(true);
    else
      showToast({
        tone: 'danger',
        title: 'Could not copy',
        description: 'Select the code and copy it by hand.',
      });
  };

  return (
    <section className="recovery-card" aria-labelledby="recovery-card-title">
      <h2 id="recovery-card-title" className="visually-hidden">
        Recovery code
      </h2>
      <RecoveryCodeDisplay code={code} />
      <div className="recovery-card__actions">
        <Button size="sm" icon={copied ? <CheckIcon size={16} /> : <CopyIcon size={16} />} onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
        <Button size="sm" icon={<PrinterIcon size={16} />} onClick={() => window.print()}>
          Print
        </Button>
        <Button
          size="sm"
          icon={<DownloadIcon size={16} />}
          onClick={() => saveTextFile(RECOVERY_FILE_NAME, recoveryCodeDocument(code, createdOn))}
        >
          Save as file
        </Button>
        <span className="recovery-card__status" role="status">
          {copied ? 'Recovery code copied to the clipboard.' : ''}
        </span>
      </div>
    </section>
  );
}

function ConfirmStoredForm({ code }: { code: string }) {
  const lastGroup = code.split('-').at(-1) ?? '';
  const schema = useMemo(
    () =>
      z.object({
        stored: z.boolean().refine(Boolean, 'Confirm that the recovery code is stored somewhere safe.'),
        lastGroup: z
          .string()
          .min(1, 'Type the last group of four characters.')
          .refine(
            (typed) => normalizeRecoveryCode(typed) === normalizeRecoveryCode(lastGroup),
            'That is not the last group of the code. Check what you stored.',
          ),
      }),
    [lastGroup],
  );
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { stored: false, lastGroup: '' },
  });

  const onSubmit = handleSubmit(() => {
    useVaultStore.getState().recoveryCodeStored();
  });

  return (
    <form
      className="confirm-stored form-stack"
      onSubmit={onSubmit}
      noValidate
      aria-label="Confirm the recovery code is stored"
    >
      <div className="field">
        <label className="checkbox-row">
          <input
            type="checkbox"
            aria-invalid={errors.stored ? true : undefined}
            aria-describedby={errors.stored ? 'stored-error' : undefined}
            {...register('stored')}
          />
          <span>I have stored the recovery code somewhere safe, apart from this computer.</span>
        </label>
        {errors.stored && (
          <p id="stored-error" className="field__error" role="alert">
            {errors.stored.message}
          </p>
        )}
      </div>
      <div className="confirm-stored__row">
        <TextField
          label="Type the last group of the code"
          hint="The last four characters, read from the copy you stored."
          className="confirm-stored__group"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={9}
          error={errors.lastGroup?.message}
          {...register('lastGroup')}
        />
        <Button type="submit" variant="primary" className="confirm-stored__submit">
          Continue to Safe Harbor
        </Button>
      </div>
    </form>
  );
}

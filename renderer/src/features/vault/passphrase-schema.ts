import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, passphraseProblem } from '../../../../shared/vault/passphrase';

/** A new passphrase must pass the same rule the vault enforces (shared/vault/passphrase.ts). */
export const newPassphraseSchema = z.string().superRefine((value, ctx) => {
  if (!value) {
    ctx.addIssue({ code: 'custom', message: 'Choose a passphrase.' });
    return;
  }
  const problem = passphraseProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An existing passphrase is only checked for presence: the vault decides whether it is right. */
export const existingPassphraseSchema = z
  .string()
  .min(1, 'Enter your passphrase.')
  .max(MAX_PASSPHRASE_LENGTH, 'That is longer than any passphrase Safe Harbor accepts.');

export const CONFIRM_MISMATCH = 'The two passphrases do not match.';

export const PASSPHRASE_HINT =
  'At least 12 characters. Several unrelated words are easy to remember and hard to guess.';

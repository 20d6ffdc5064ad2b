/** Ways to take the recovery code off the screen: clipboard, a printed sheet, a text file. */

export const RECOVERY_FILE_NAME = 'safe-harbor-recovery-code.txt';

export const RECOVERY_INSTRUCTIONS = [
  'If you forget your passphrase, this code opens the vault and lets you choose a new one.',
  'Keep it apart from this computer: on paper in a safe place, or on a drive you keep elsewhere.',
  'Anyone who has this code and a copy of the vault can read everything in it.',
  'To use it, choose “Forgot your passphrase?” on the Safe Harbor unlock screen.',
] as const;

export function formatCreatedOn(date: Date): string {
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function recoveryCodeDocument(code: string, createdOn: Date): string {
  return [
    'Safe Harbor — vault recovery code',
    '',
    `    ${code}`,
    '',
    `Created on ${formatCreatedOn(createdOn)}.`,
    '',
    ...RECOVERY_INSTRUCTIONS,
    '',
  ].join('\n');
}

/**
 * Copies text. The async Clipboard API may be refused (Electron's permission handler denies by default), so the
 * older copy command on a temporary, off-screen textarea is the fallback. Resolves false if both fail.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** Offers a text file for download through a short-lived blob URL (no network, allowed by the CSP). */
export function saveTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.className = 'visually-hidden';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked soon after, so the code does not stay reachable through the URL for the rest of the session.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

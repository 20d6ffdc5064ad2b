import type { NotificationConstructorOptions } from 'electron';
import type { ReminderDigest } from '../../shared/deadlines/contract';
import type { ReminderNotifications } from '../../shared/settings';
import type { VaultService } from '../services/vault-service';
import { type Repeat, repeatWithTimers } from './auto-lock';
import { errorClassName, type Log } from './log';

/** How often, while unlocked, the day is looked at: the reminder runs once per calendar day. */
export const REMINDER_POLL_MS = 15 * 60_000;

/** The part of Electron's Notification this module uses (a stub in tests). */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}
export interface NotificationFactory {
  isSupported(): boolean;
  new (options: NotificationConstructorOptions): NotificationLike;
}

export interface ReminderPorts {
  vault: Pick<VaultService, 'onUnlocked' | 'onLocked' | 'isUnlocked'>;
  /** What is due within its lead time (the deadline service, wherever it runs). */
  digest(): ReminderDigest | Promise<ReminderDigest>;
  /** Settings: whether, and how privately, the operating system is told. */
  notifications(): ReminderNotifications;
  /** The local calendar day. */
  today(): string;
  /** The in-app notice: the digest sent to the window. */
  notify(digest: ReminderDigest): void;
  /** Clicking the OS notification brings the window forward. */
  focusWindow(): void;
}

/**
 * Reminders of deadlines within their lead time: at each unlock, and once a day while the vault stays unlocked. The
 * window gets the digest for its quiet in-app notice; the operating system gets a notification whose text names no
 * client unless Settings allow it (notifications show on locked screens and sync to other devices).
 */
export function wireReminders(
  ports: ReminderPorts,
  Notification: NotificationFactory,
  { repeat = repeatWithTimers, log }: { repeat?: Repeat; log?: Log } = {},
): () => void {
  let lastDay: string | null = null;
  let stopPolling: (() => void) | null = null;

  const run = async (): Promise<void> => {
    const day = ports.today();
    lastDay = day;
    try {
      const digest = await ports.digest();
      if (!ports.vault.isUnlocked || digest.total === 0) return;
      ports.notify(digest);
      const mode = ports.notifications();
      if (mode === 'off' || !Notification.isSupported()) return;
      const notification = new Notification({ ...notificationText(digest, mode), silent: true });
      notification.on('click', () => ports.focusWindow());
      notification.show();
    } catch (error) {
      log?.(`reminders failed: ${errorClassName(error)}`);
    }
  };

  const poll = (): void => {
    if (ports.vault.isUnlocked && ports.today() !== lastDay) void run();
  };

  const start = (): void => {
    void run();
    stopPolling ??= repeat(poll, REMINDER_POLL_MS);
  };
  const stop = (): void => {
    stopPolling?.();
    stopPolling = null;
    lastDay = null;
  };

  const unsubscribers = [ports.vault.onUnlocked(start), ports.vault.onLocked(() => stop())];
  if (ports.vault.isUnlocked) start();
  return () => {
    stop();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The notification's words: counts only, or (when allowed) the first clients and deadlines by name. */
export function notificationText(
  digest: ReminderDigest,
  mode: Exclude<ReminderNotifications, 'off'>,
): { title: string; body: string } {
  const parts = [`${plural(digest.total, 'deadline')} within the reminder time`];
  if (digest.overdue > 0) parts.push(`${digest.overdue} overdue`);
  if (digest.dueToday > 0) parts.push(`${digest.dueToday} due today`);
  const summary = `${parts.join(', ')}.`;
  if (mode === 'private')
    return { title: 'Safe Harbor: deadlines', body: `${summary} Open Safe Harbor to see them.` };
  const named = digest.items
    .slice(0, 3)
    .map((d) => `${d.familyName.toUpperCase()} — ${d.title} (${d.dueDate})`);
  const more = digest.total > named.length ? `\n…and ${digest.total - named.length} more.` : '';
  return { title: 'Safe Harbor: deadlines', body: `${summary}\n${named.join('\n')}${more}` };
}

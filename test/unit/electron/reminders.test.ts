import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../../electron/services';
import type { Clock } from '../../../electron/services/clock';
import type { Repeat } from '../../../electron/main/auto-lock';
import { REMINDER_POLL_MS, notificationText, wireReminders } from '../../../electron/main/reminders';
import type { ReminderDigest } from '../../../shared/deadlines/contract';
import { FakeNotification, resetFakeElectron } from './fake-electron';
import { PASSPHRASE, tempDir } from './helpers';

/** A timer driven by hand. */
class ManualRepeat {
  readonly tasks = new Map<number, { task: () => void; ms: number }>();
  #next = 0;
  readonly repeat: Repeat = (task, ms) => {
    const id = this.#next++;
    this.tasks.set(id, { task, ms });
    return () => this.tasks.delete(id);
  };
  tick(): void {
    for (const { task } of [...this.tasks.values()]) task();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reminders in the main process', () => {
  let services: Services;
  let remove: () => void;
  let today: string;
  let timer: ManualRepeat;
  let notices: ReminderDigest[];
  let focused: number;
  let stop: () => void;

  beforeEach(async () => {
    resetFakeElectron();
    const dir = tempDir('reminders');
    remove = dir.remove;
    today = '2026-11-25';
    const clock: Clock = { now: () => `${today}T12:00:00.000Z`, today: () => today };
    services = createServices(`${dir.path}/vault`, clock);
    await services.vault.create(PASSPHRASE);
    const id = services.dossiers.create({ familyName: 'Volkov', givenNames: 'Aleksei', status: 'active' }).id;
    services.docket.addCustom(id, { title: 'Call-up', date: '2026-11-27', rollToBusinessDay: false });
    services.docket.addCustom(id, { title: 'Biometrics', date: '2026-12-02', rollToBusinessDay: false });
    services.vault.lock('manual');
    timer = new ManualRepeat();
    notices = [];
    focused = 0;
    stop = wireReminders(
      {
        vault: services.vault,
        digest: () => services.deadlines.reminders(20),
        notifications: () => services.settings.get().reminderNotifications,
        today: () => today,
        notify: (digest) => notices.push(digest),
        focusWindow: () => focused++,
      },
      FakeNotification,
      { repeat: timer.repeat },
    );
  });
  afterEach(() => {
    stop();
    if (services.vault.isUnlocked) services.vault.lock('manual');
    remove();
  });

  it('at unlock tells the window and the OS, naming no client by default', async () => {
    await services.vault.unlock(PASSPHRASE);
    await settle();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ total: 2, overdue: 0 });
    const [notification] = FakeNotification.instances;
    expect(notification?.shown).toBe(true);
    expect(notification?.options.body).toBe(
      '2 deadlines within the reminder time. Open Safe Harbor to see them.',
    );
    expect(JSON.stringify(notification?.options)).not.toMatch(/volkov|call-up|biometrics/i);
    notification?.emit('click');
    expect(focused).toBe(1);
  });

  it('runs once a day while unlocked, not on every poll, and stops on lock', async () => {
    await services.vault.unlock(PASSPHRASE);
    await settle();
    expect([...timer.tasks.values()].map((t) => t.ms)).toEqual([REMINDER_POLL_MS]);
    timer.tick();
    await settle();
    expect(notices).toHaveLength(1);
    today = '2026-11-26';
    timer.tick();
    await settle();
    expect(notices).toHaveLength(2);
    services.vault.lock('manual');
    expect(timer.tasks.size).toBe(0);
  });

  it('names clients only when Settings allow it, and stays quiet when turned off', async () => {
    await services.vault.unlock(PASSPHRASE);
    await settle();
    services.settings.update({ reminderNotifications: 'named' });
    today = '2026-11-26';
    timer.tick();
    await settle();
    expect(FakeNotification.instances[1]?.options.body).toMatch(/VOLKOV — Call-up \(2026-11-27\)/);
    services.settings.update({ reminderNotifications: 'off' });
    today = '2026-11-27';
    timer.tick();
    await settle();
    expect(notices).toHaveLength(3);
    expect(FakeNotification.instances).toHaveLength(2);
  });

  it('sends nothing when nothing is due', async () => {
    today = '2026-01-02';
    await services.vault.unlock(PASSPHRASE);
    await settle();
    expect(notices).toEqual([]);
    expect(FakeNotification.instances).toEqual([]);
  });
});

describe('notification text', () => {
  const digest: ReminderDigest = { today: '2026-11-25', total: 5, overdue: 2, dueToday: 1, items: [] };
  it('counts, with the overdue and today figures', () => {
    expect(notificationText(digest, 'private').body).toBe(
      '5 deadlines within the reminder time, 2 overdue, 1 due today. Open Safe Harbor to see them.',
    );
  });
});

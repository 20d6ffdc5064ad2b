import type { PowerMonitor } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LockReason } from '../../../shared/ipc/contract';
import { type Services, createServices } from '../../../electron/services';
import { IDLE_POLL_MS, IdleLock, type Repeat, wireAutoLock } from '../../../electron/main/auto-lock';
import { powerMonitor as fakePowerMonitor } from './fake-electron';
import { PASSPHRASE, tempDir } from './helpers';

/** A timer driven by hand: `tick()` runs every scheduled task once, as if one poll interval had passed. */
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

describe('IdleLock (pure)', () => {
  function setup(minutes = 10): {
    idle: IdleLock;
    timer: ManualRepeat;
    clock: { seconds: number };
    fired: number[];
  } {
    const timer = new ManualRepeat();
    const clock = { seconds: 0 };
    const fired: number[] = [];
    const idle = new IdleLock({
      idleSeconds: () => clock.seconds,
      onIdle: () => fired.push(clock.seconds),
      repeat: timer.repeat,
    });
    idle.start(minutes);
    return { idle, timer, clock, fired };
  }

  it('polls every 15 seconds while running', () => {
    const { timer } = setup();
    expect([...timer.tasks.values()].map((t) => t.ms)).toEqual([IDLE_POLL_MS]);
    expect(IDLE_POLL_MS).toBe(15_000);
  });

  it('fires once the idle time reaches the threshold, not before, then stops polling', () => {
    const { timer, clock, fired, idle } = setup(10);
    clock.seconds = 599;
    timer.tick();
    expect(fired).toEqual([]);
    clock.seconds = 600;
    timer.tick();
    expect(fired).toEqual([600]);
    expect(idle.running).toBe(false);
    clock.seconds = 900;
    timer.tick();
    expect(fired).toEqual([600]);
  });

  it('defaults to 10 minutes', () => {
    const timer = new ManualRepeat();
    const idle = new IdleLock({ idleSeconds: () => 0, onIdle: () => undefined, repeat: timer.repeat });
    expect(idle.timeoutSeconds).toBe(600);
  });

  it('applies a new timeout while running', () => {
    const { idle, timer, clock, fired } = setup(10);
    clock.seconds = 120;
    timer.tick();
    expect(fired).toEqual([]);
    idle.setTimeoutMinutes(2);
    timer.tick();
    expect(fired).toEqual([120]);
  });

  it('never fires after stop()', () => {
    const { idle, timer, clock, fired } = setup(1);
    idle.stop();
    expect(timer.tasks.size).toBe(0);
    clock.seconds = 10_000;
    idle.check();
    expect(fired).toEqual([]);
  });

  it('does not stack timers when started twice', () => {
    const { idle, timer } = setup(5);
    idle.start(5);
    expect(timer.tasks.size).toBe(1);
  });
});

describe('wireAutoLock with a real vault', () => {
  const dir = tempDir('autolock');
  let services: Services;
  const timer = new ManualRepeat();
  const reasons: LockReason[] = [];
  let dispose: () => void;
  let lockNow: (reason: 'manual' | 'shortcut') => void;

  beforeAll(async () => {
    services = createServices(dir.path);
    services.vault.onLocked((reason) => reasons.push(reason));
    const wired = wireAutoLock(services, fakePowerMonitor as unknown as PowerMonitor, timer.repeat);
    dispose = wired.dispose;
    lockNow = wired.lockNow;
    await services.vault.create(PASSPHRASE);
  });
  afterAll(() => {
    dispose();
    services.vault.lock('manual');
    dir.remove();
  });

  const unlock = async (): Promise<void> => {
    await services.vault.unlock(PASSPHRASE);
    expect(services.vault.isUnlocked).toBe(true);
  };

  it('starts polling on unlock with the vault setting (default 10 min) and locks with reason "idle"', () => {
    expect(timer.tasks.size).toBe(1);
    fakePowerMonitor.idleSeconds = 599;
    timer.tick();
    expect(services.vault.isUnlocked).toBe(true);
    fakePowerMonitor.idleSeconds = 600;
    timer.tick();
    expect(services.vault.isUnlocked).toBe(false);
    expect(reasons.at(-1)).toBe('idle');
    expect(timer.tasks.size).toBe(0);
  });

  it('follows a change of idleLockMinutes made while unlocked', async () => {
    await unlock();
    fakePowerMonitor.idleSeconds = 61;
    timer.tick();
    expect(services.vault.isUnlocked).toBe(true);
    services.settings.update({ idleLockMinutes: 1 });
    timer.tick();
    expect(services.vault.isUnlocked).toBe(false);
    expect(reasons.at(-1)).toBe('idle');
  });

  it('reads the stored timeout at the next unlock', async () => {
    await unlock();
    expect(services.settings.get().idleLockMinutes).toBe(1);
    fakePowerMonitor.idleSeconds = 59;
    timer.tick();
    expect(services.vault.isUnlocked).toBe(true);
    fakePowerMonitor.idleSeconds = 60;
    timer.tick();
    expect(services.vault.isUnlocked).toBe(false);
    fakePowerMonitor.idleSeconds = 0;
  });

  it('locks on system suspend with reason "suspend"', async () => {
    await unlock();
    fakePowerMonitor.emit('suspend');
    expect(services.vault.isUnlocked).toBe(false);
    expect(reasons.at(-1)).toBe('suspend');
    expect(timer.tasks.size).toBe(0);
  });

  it('locks on screen lock with reason "screen-lock"', async () => {
    await unlock();
    fakePowerMonitor.emit('lock-screen');
    expect(services.vault.isUnlocked).toBe(false);
    expect(reasons.at(-1)).toBe('screen-lock');
  });

  it('locks on the shortcut with reason "shortcut"', async () => {
    await unlock();
    lockNow('shortcut');
    expect(services.vault.isUnlocked).toBe(false);
    expect(reasons.at(-1)).toBe('shortcut');
  });

  it('stops listening once disposed', async () => {
    await unlock();
    const wired = wireAutoLock(services, fakePowerMonitor as unknown as PowerMonitor, timer.repeat);
    wired.dispose();
    dispose();
    expect(fakePowerMonitor.listenerCount('suspend')).toBe(0);
    expect(fakePowerMonitor.listenerCount('lock-screen')).toBe(0);
    expect(timer.tasks.size).toBe(0);
    fakePowerMonitor.emit('suspend');
    expect(services.vault.isUnlocked).toBe(true);
  });
});

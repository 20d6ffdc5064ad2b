import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import type { Dialogs } from '../../../electron/services/dialogs';
import { caseCode } from '../../../shared/deadlines/calendar-events';
import { TODAY, openTestServices } from '../../support/services';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  allDay: boolean;
  sequence: number;
  triggers: string[];
}

/** Parses an .ics with ical.js (Mozilla's RFC 5545 parser) into what the assertions read. */
function parse(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      sequence: event.sequence,
      triggers: vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
}

describe('calendar export (.ics)', () => {
  let services: Services;
  let close: () => void;
  let dir: string;
  let answer: string | null;
  const dialogs: Dialogs = {
    chooseSavePath: () => Promise.resolve(answer),
    chooseOpenPath: () => Promise.resolve(null),
  };
  let clientId: string;

  beforeEach(async () => {
    ({ services, close, dir } = await openTestServices(TODAY, { dialogs }));
    answer = null;
    clientId = services.dossiers.create({
      familyName: 'Karimova',
      givenNames: 'Dilnoza',
      status: 'active',
    }).id;
    services.dossiers.saveRecord(clientId, {
      kind: 'decision',
      data: { body: 'bia', date: '2026-11-20', outcome: 'denied' },
    });
    services.docket.addCustom(clientId, {
      title: 'Karimova biometrics at the ASC',
      date: '2026-12-05',
      origin: 'agency',
      reminderDays: 3,
      note: 'Bring the passport of Dilnoza',
    });
  });
  afterEach(() => close());

  it('names no client by default: a case code and the rule, or where a custom date came from', () => {
    const events = parse(services.calendar.ics({ clientId: null }));
    const code = caseCode(clientId);
    expect(events.map((e) => e.summary)).toEqual([
      `${code} — Date set by an agency (immigration)`,
      `${code} — Petition for review in the court of appeals`,
    ]);
    const all = events.map((e) => `${e.summary} ${e.description}`).join('\n');
    expect(all).not.toMatch(/karimova|dilnoza|passport|biometrics/i);
    expect(events[1]?.description).toMatch(/INA 242\(b\)\(1\)/);
  });

  it('shows initials or the full name only when chosen, with the note only in full', () => {
    const initials = parse(services.calendar.ics({ clientId, privacy: 'initials' }));
    expect(initials[0]?.summary).toBe('D. K. — Karimova biometrics at the ASC');
    expect(initials[0]?.description).not.toMatch(/passport/);
    const full = parse(services.calendar.ics({ clientId, privacy: 'full' }));
    expect(full[1]?.summary).toBe('KARIMOVA, Dilnoza — Petition for review in the court of appeals');
    expect(full[0]?.description).toMatch(/Bring the passport/);
  });

  it('writes all-day events on the due date, alarms at the lead time, stable UIDs and a rising SEQUENCE', () => {
    const first = parse(services.calendar.ics({ clientId: null }));
    // 2026-12-05 is a Saturday: the custom date moves to Monday the 7th; 3 days before, at 09:00.
    expect(first[0]).toMatchObject({ start: '2026-12-07', allDay: true });
    expect(first[0]?.triggers).toEqual(['-P2DT15H']);
    // The petition for review: 30 days after 2026-11-20 is 2026-12-20, a Sunday → Monday the 21st; 7 days before.
    expect(first[1]).toMatchObject({ start: '2026-12-21', allDay: true });
    expect(first[1]?.triggers).toEqual(['-P6DT15H']);
    const again = parse(services.calendar.ics({ clientId: null, privacy: 'full' }));
    expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(new Set(first.map((e) => e.uid)).size).toBe(2);
    for (const event of first) {
      expect(event.uid).toMatch(/^[0-9a-f]{16}\.[0-9a-f]{24}@deadlines\.safe-harbor\.invalid$/);
      expect(event.uid).not.toContain(clientId);
      expect(event.sequence).toBeGreaterThan(0);
    }
  });

  it('leaves out deadlines marked done or not applicable, and closed clients', () => {
    const key = services.dossiers.docket(clientId).find((d) => d.kind === 'computed')?.key ?? '';
    services.docket.markNotApplicable(clientId, key, 'Petition filed by co-counsel');
    expect(parse(services.calendar.ics({ clientId: null }))).toHaveLength(1);
    const dossier = services.dossiers.get(clientId);
    services.dossiers.update(clientId, dossier.revision, { ...dossier.client, status: 'closed' });
    expect(parse(services.calendar.ics({ clientId: null }))).toHaveLength(0);
  });

  it('saves through the dialog, one audit entry per export, nothing on cancel', async () => {
    expect(await services.calendar.exportIcs({ clientId: null })).toEqual({ status: 'cancelled' });
    answer = join(dir, '..', 'my-deadlines.ics');
    const result = await services.calendar.exportIcs({ clientId, privacy: 'initials' });
    expect(result).toEqual({ status: 'saved', fileName: 'my-deadlines.ics', events: 2 });
    expect(parse(readFileSync(answer, 'utf8'))).toHaveLength(2);
    expect(statSync(answer).mode & 0o777).toBe(0o600);
    const audit = services.dossiers.history(clientId, 5).filter((h) => h.action === 'calendar.exported');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toBe('ics (initials): 2 event(s)');
    expect(JSON.stringify(audit)).not.toMatch(/my-deadlines|Karimova/);
    const preview = services.calendar.preview({ clientId });
    expect(preview).toMatchObject({ events: 2, clients: 1 });
    expect(preview.fileName).toMatch(/^safe-harbor-deadlines-case-[0-9a-f]{8}-2026-11-25\.ics$/);
  });
});

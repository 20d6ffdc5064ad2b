import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_ISO_DATE,
  MIN_ISO_DATE,
  addBusinessDays,
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  federalHolidays,
  holidayOn,
  isBusinessDay,
  isIsoDate,
  isoDateSchema,
  nonBusinessReason,
  parseIsoDate,
  inaugurationDay,
  rollBackward,
  rollForward,
  weekdayName,
} from '../../../shared/deadlines/calendar';

/**
 * Observed federal holidays 2024–2030, written out by hand from OPM's published tables (and, for 2029–2030,
 * worked out by hand), in the order New Year's, MLK, Washington's Birthday, Memorial, Juneteenth, Independence,
 * Labor, Columbus, Veterans, Thanksgiving, Christmas.
 */
// prettier-ignore
const OBSERVED: Record<number, string[]> = {
  2024: [
    '2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04',
    '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25',
  ],
  2025: [
    '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04',
    '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25',
  ],
  2026: [
    '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
    '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
  ],
  2027: [
    '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05',
    '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24',
  ],
  2028: [
    '2027-12-31', '2028-01-17', '2028-02-21', '2028-05-29', '2028-06-19', '2028-07-04',
    '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25',
  ],
  2029: [
    '2029-01-01', '2029-01-15', '2029-02-19', '2029-05-28', '2029-06-19', '2029-07-04',
    '2029-09-03', '2029-10-08', '2029-11-12', '2029-11-22', '2029-12-25',
  ],
  2030: [
    '2030-01-01', '2030-01-21', '2030-02-18', '2030-05-27', '2030-06-19', '2030-07-04',
    '2030-09-02', '2030-10-14', '2030-11-11', '2030-11-28', '2030-12-25',
  ],
};

const HOLIDAY_ROWS = Object.entries(OBSERVED).flatMap(([year, dates]) =>
  dates.map((observed, index) => [Number(year), index, observed] as const),
);

describe('federal holidays (5 U.S.C. 6103)', () => {
  it.each(HOLIDAY_ROWS)('%i holiday #%i is observed on %s', (year, index, observed) => {
    const holiday = federalHolidays(year)[index];
    expect(holiday?.observed).toBe(observed);
    expect(holidayOn(observed)?.name).toBe(holiday?.name);
    expect(isBusinessDay(observed)).toBe(false);
  });

  it('lists eleven holidays from 2021, ten before Juneteenth, nine before MLK Day', () => {
    expect(federalHolidays(2021)).toHaveLength(11);
    expect(federalHolidays(2020)).toHaveLength(10);
    expect(federalHolidays(1985)).toHaveLength(9);
    expect(federalHolidays(2021).find((h) => h.name.startsWith('Juneteenth'))?.observed).toBe('2021-06-18');
  });

  it.each([
    ['2027-12-31', "New Year's Day (observed)"],
    ['2026-07-03', 'Independence Day (observed)'],
    ['2027-06-18', 'Juneteenth National Independence Day (observed)'],
    ['2026-11-26', 'Thanksgiving Day'],
    ['2026-05-25', 'Memorial Day'],
    ['2027-01-18', 'Birthday of Martin Luther King, Jr.'],
    ['2026-07-04', 'Saturday'],
    ['2027-07-04', 'Sunday'],
    ['2026-07-06', null],
    ['2026-11-27', null],
  ])('nonBusinessReason(%s) = %s', (date, reason) => {
    expect(nonBusinessReason(date)).toBe(reason);
  });

  it('does not treat the Saturday or Sunday date itself as the observed holiday', () => {
    expect(holidayOn('2026-07-04')).toBeUndefined();
    expect(holidayOn('2028-01-01')).toBeUndefined();
  });
});

describe('ISO date arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-31', 4, '2026-05-31'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-06-30', 4, '2026-10-30'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('addMonths(%s, %i) = %s (month-end clamping)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-07-04', 1, '2026-07-04'],
  ])('addYears(%s, %i) = %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-16', -15, '2026-03-01'],
    ['2026-03-02', 60, '2026-05-01'],
  ])('addDays(%s, %i) = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('counts days between dates, signed', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('knows weekdays', () => {
    expect(weekdayName('2026-07-04')).toBe('Saturday');
    expect(dayOfWeek('2028-02-29')).toBe(2);
    expect(compareIsoDates('2026-01-02', '2026-01-10')).toBe(-1);
  });

  it.each(['2025-02-29', '2026-13-01', '2026-1-1', '2026-01-01T00:00:00Z', '', '20260101'])(
    'rejects %j as a calendar date',
    (bad) => {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
      expect(() => addDays(bad, 1)).toThrow(RangeError);
      expect(isoDateSchema.safeParse(bad).success).toBe(false);
    },
  );
});

describe('business days and rolling', () => {
  it.each([
    ['2026-07-03', '2026-07-06', '2026-07-02'], // observed Independence Day (Fri)
    ['2026-07-04', '2026-07-06', '2026-07-02'], // Saturday
    ['2027-12-24', '2027-12-27', '2027-12-23'], // Christmas observed, then a weekend
    ['2027-12-31', '2028-01-03', '2027-12-30'], // New Year's Day 2028 observed on Dec 31
    ['2026-02-16', '2026-02-17', '2026-02-13'], // Washington's Birthday (Mon)
    ['2026-07-07', '2026-07-07', '2026-07-07'], // a business day stays
  ])('%s rolls forward to %s and backward to %s', (date, forward, backward) => {
    expect(rollForward(date)).toBe(forward);
    expect(rollBackward(date)).toBe(backward);
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each([
    'America/Los_Angeles',
    'America/New_York',
    'Pacific/Auckland',
    'Asia/Tehran',
    'America/Sao_Paulo',
    'UTC',
  ])('gives the same calendar answers in %s (across daylight-saving changes)', (zone) => {
    process.env.TZ = zone;
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-25', '2026-11-08')).toBe(14);
    expect(addMonths('2027-10-31', 4)).toBe('2028-02-29');
    expect(weekdayName('2026-07-04')).toBe('Saturday');
    expect(rollForward('2026-07-03')).toBe('2026-07-06');
  });
});

describe('Inauguration Day (5 U.S.C. 6103(c))', () => {
  it.each([
    [2025, '2025-01-20'],
    [2029, null], // a Saturday: no day off in its place
    [2033, '2033-01-20'],
    [2013, '2013-01-21'], // January 20 was a Sunday: the Monday after
    [1969, '1969-01-20'],
    [1965, null],
    [2026, null],
  ] as const)('%i → %s', (year, expected) => {
    expect(inaugurationDay(year)).toBe(expected);
  });

  it('is a business day unless the calendar is the BIA’s', () => {
    expect(isBusinessDay('2033-01-20')).toBe(true);
    expect(isBusinessDay('2033-01-20', { inaugurationDay: true })).toBe(false);
    expect(nonBusinessReason('2033-01-20', { inaugurationDay: true })).toBe('Inauguration Day');
    // 2025: MLK Day and Inauguration Day fell together; the federal holiday names the day.
    expect(nonBusinessReason('2025-01-20', { inaugurationDay: true })).toBe(
      'Birthday of Martin Luther King, Jr.',
    );
  });
});

describe('closures by executive order', () => {
  const closures = [{ date: '2026-04-01', name: 'National Day of Mourning' }];

  it('are not business days, named as the order names them', () => {
    expect(nonBusinessReason('2026-04-01', { closures })).toBe('National Day of Mourning');
    expect(rollForward('2026-04-01', { closures })).toBe('2026-04-02');
    expect(rollBackward('2026-04-01', { closures })).toBe('2026-03-31');
    expect(isBusinessDay('2026-04-01')).toBe(true);
  });
});

describe('addBusinessDays: the one business-day count', () => {
  it.each([
    ['2026-03-02', 1, '2026-03-03', 'Monday → Tuesday'],
    ['2026-03-06', 1, '2026-03-09', 'Friday → Monday'],
    ['2026-03-07', 1, '2026-03-09', 'from a Saturday, the first business day is Monday'],
    ['2026-01-16', 1, '2026-01-20', 'over a weekend and MLK Day'],
    ['2026-11-20', 5, '2026-11-30', 'over Thanksgiving'],
    ['2026-11-02', 20, '2026-12-02', 'FOIA: 20 business days over Veterans Day and Thanksgiving'],
    ['2026-12-23', 3, '2026-12-29', 'over Christmas (Friday) and a weekend'],
    ['2028-02-25', 3, '2028-03-01', 'over leap day 2028 (a Tuesday counts)'],
    ['2026-03-09', -1, '2026-03-06', 'backwards: Monday → Friday'],
    ['2026-03-02', 0, '2026-03-02', 'zero: the day itself'],
  ] as const)('%s + %i business days = %s (%s)', (from, count, expected, _why) => {
    expect(addBusinessDays(from, count)).toBe(expected);
  });

  it('skips Inauguration Day and closures when the calendar says so', () => {
    expect(addBusinessDays('2033-01-19', 1)).toBe('2033-01-20');
    expect(addBusinessDays('2033-01-19', 1, { inaugurationDay: true })).toBe('2033-01-21');
    expect(addBusinessDays('2026-03-31', 1, { closures: [{ date: '2026-04-01', name: 'Closed' }] })).toBe(
      '2026-04-02',
    );
  });

  it('rejects a fractional count', () => {
    expect(() => addBusinessDays('2026-03-02', 1.5)).toThrow(RangeError);
  });
});

describe('the ends of the calendar', () => {
  it('stops arithmetic at 0001-01-01 and 9999-12-31 instead of throwing', () => {
    expect(addDays(MAX_ISO_DATE, 30)).toBe(MAX_ISO_DATE);
    expect(addMonths('9999-11-30', 4)).toBe(MAX_ISO_DATE);
    expect(addYears('9999-06-01', 1)).toBe(MAX_ISO_DATE);
    expect(addDays(MIN_ISO_DATE, -30)).toBe(MIN_ISO_DATE);
    expect(rollForward(MAX_ISO_DATE)).toBe(MAX_ISO_DATE);
    expect(addBusinessDays('9999-12-30', 10)).toBe(MAX_ISO_DATE);
    expect(addBusinessDays('0001-01-02', -10)).toBe(MIN_ISO_DATE);
    expect(federalHolidays(10000)).toEqual([]);
    expect(() => holidayOn(MAX_ISO_DATE)).not.toThrow();
  });
});

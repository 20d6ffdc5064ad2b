import {
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  addYears as dfAddYears,
  differenceInCalendarDays,
  getDay,
} from 'date-fns';
import { z } from 'zod';

/**
 * Calendar arithmetic on plain calendar dates.
 *
 * The only date currency is the ISO calendar date string 'YYYY-MM-DD'. A legal deadline is a calendar day, not an
 * instant, so there are no times and no time zones anywhere in this API.
 *
 * Internally a date is turned into a JavaScript Date at LOCAL NOON built from its year, month and day (never through
 * `new Date('YYYY-MM-DD')`, which parses as UTC midnight and shows as the previous day west of Greenwich), and read
 * back through its local year, month and day. Noon keeps every value clear of daylight-saving jumps, which happen
 * around midnight or in the small hours. date-fns is used for the arithmetic because it already does the parts that
 * are easy to get wrong: `addMonths`/`addYears` clamp to the end of a shorter month (Jan 31 + 1 month = Feb 28/29,
 * Feb 29 + 1 year = Feb 28), and `differenceInCalendarDays` counts calendar days across daylight-saving changes.
 */

/** A calendar date 'YYYY-MM-DD' (no time, no zone). */
export type IsoDate = string;

/** Validates a real calendar date in 'YYYY-MM-DD' form (rejects 2025-02-29, 2025-13-01, '2025-1-1'). */
export const isoDateSchema = z.iso.date({ error: 'Use a calendar date in the form YYYY-MM-DD.' });

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Splits an ISO date into its parts; throws RangeError for anything that is not a real 'YYYY-MM-DD' date. */
export function parseIsoDate(iso: IsoDate): CalendarParts {
  const match = ISO_DATE_PATTERN.exec(iso);
  if (!match) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a real calendar date: ${iso}`);
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: CalendarParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Local noon on the given calendar day; setFullYear avoids the 0–99 → 1900–1999 quirk of the Date constructor. */
function toLocalNoon(iso: IsoDate): Date {
  const { year, month, day } = parseIsoDate(iso);
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(year, month - 1, day);
  return date;
}

/**
 * The calendar this module can write: four-digit years. Arithmetic past either end stops AT the end instead of
 * producing a date no schema accepts, so the deadline engine never throws on a far date (9999-12-31 + 30 days is
 * 9999-12-31); such dates come only from typing mistakes, which import validation reports.
 */
export const MIN_ISO_DATE: IsoDate = '0001-01-01';
export const MAX_ISO_DATE: IsoDate = '9999-12-31';

function fromLocal(date: Date): IsoDate {
  const year = date.getFullYear();
  if (Number.isNaN(year) || year > 9999) return MAX_ISO_DATE;
  if (year < 1) return MIN_ISO_DATE;
  return formatIsoDate({ year, month: date.getMonth() + 1, day: date.getDate() });
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromLocal(dfAddDays(toLocalNoon(iso), days));
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day (Jan 31 + 1 = Feb 28/29). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  return fromLocal(dfAddMonths(toLocalNoon(iso), months));
}

/** Adds calendar years; Feb 29 + 1 year = Feb 28 (the earlier of the two possible readings). */
export function addYears(iso: IsoDate, years: number): IsoDate {
  return fromLocal(dfAddYears(toLocalNoon(iso), years));
}

/** Calendar days from `from` to `to`: positive when `to` is later (daysBetween('2026-01-01', '2026-01-31') = 30). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalNoon(to), toLocalNoon(from));
}

/** -1, 0 or 1. ISO dates with four-digit years also compare correctly as strings; this checks them first. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return getDay(toLocalNoon(iso));
}

export function weekdayName(iso: IsoDate): WeekdayName {
  return WEEKDAY_NAMES[dayOfWeek(iso)] ?? 'Sunday';
}

export function isWeekend(iso: IsoDate): boolean {
  const dow = dayOfWeek(iso);
  return dow === 0 || dow === 6;
}

// ---------------------------------------------------------------------------------------------------------------
// Federal holidays, 5 U.S.C. 6103
// ---------------------------------------------------------------------------------------------------------------

export type FederalHolidayName =
  | "New Year's Day"
  | 'Birthday of Martin Luther King, Jr.'
  | "Washington's Birthday"
  | 'Memorial Day'
  | 'Juneteenth National Independence Day'
  | 'Independence Day'
  | 'Labor Day'
  | 'Columbus Day'
  | 'Veterans Day'
  | 'Thanksgiving Day'
  | 'Christmas Day';

export interface FederalHoliday {
  name: FederalHolidayName;
  /** The holiday's own date in its year. */
  date: IsoDate;
  /**
   * The day federal offices close for it: a Saturday holiday is observed the Friday before, a Sunday holiday the
   * Monday after (5 U.S.C. 6103(b); Executive Order 11582). New Year's Day on a Saturday is observed on December 31
   * of the PREVIOUS year (so the 2028 holiday is observed on 2027-12-31).
   */
  observed: IsoDate;
}

/** The n-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = formatIsoDate({ year, month, day: 1 });
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): IsoDate {
  const last = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  const offset = (dayOfWeek(last) - weekday + 7) % 7;
  return addDays(last, -offset);
}

function observedDate(iso: IsoDate): IsoDate {
  const dow = dayOfWeek(iso);
  if (dow === 6) return addDays(iso, -1);
  if (dow === 0) return addDays(iso, 1);
  return iso;
}

const holidayCache = new Map<number, readonly FederalHoliday[]>();

/**
 * The legal public holidays of 5 U.S.C. 6103(a) for a year, computed by rule with the Monday-holiday dates in force
 * since 1971. Martin Luther King Jr. Day is included from 1986 and Juneteenth from 2021 (the years they were first
 * observed). Not included: Inauguration Day (a holiday only for the Washington, D.C. area, 5 U.S.C. 6103(c)),
 * one-off closures by executive order, and state holidays.
 */
export function federalHolidays(year: number): readonly FederalHoliday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return [];
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const d = (month: number, day: number): IsoDate => formatIsoDate({ year, month, day });
  const entries: [FederalHolidayName, IsoDate][] = [[`New Year's Day`, d(1, 1)]];
  if (year >= 1986) entries.push(['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, 1, 3)]);
  entries.push(
    [`Washington's Birthday`, nthWeekday(year, 2, 1, 3)],
    ['Memorial Day', lastWeekday(year, 5, 1)],
  );
  if (year >= 2021) entries.push(['Juneteenth National Independence Day', d(6, 19)]);
  entries.push(
    ['Independence Day', d(7, 4)],
    ['Labor Day', nthWeekday(year, 9, 1, 1)],
    ['Columbus Day', nthWeekday(year, 10, 1, 2)],
    ['Veterans Day', d(11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, 4, 4)],
    ['Christmas Day', d(12, 25)],
  );
  const holidays = Object.freeze(
    entries.map(([name, date]) => Object.freeze({ name, date, observed: observedDate(date) })),
  );
  holidayCache.set(year, holidays);
  return holidays;
}

/** The federal holiday whose OBSERVED day is this date, if any (2027-12-31 → New Year's Day 2028). */
export function holidayOn(iso: IsoDate): FederalHoliday | undefined {
  const { year } = parseIsoDate(iso);
  return [...federalHolidays(year), ...federalHolidays(year + 1)].find((h) => h.observed === iso);
}

// ---------------------------------------------------------------------------------------------------------------
// Inauguration Day and one-off closures
// ---------------------------------------------------------------------------------------------------------------

/**
 * Inauguration Day, a legal public holiday for federal offices in the Washington, D.C. area (5 U.S.C. 6103(c)):
 * January 20 of every fourth year after 1965 (1969, …, 2025, 2029), or January 21 when the 20th is a Sunday. A
 * Saturday inauguration gives no day off in its place. Null in other years.
 */
export function inaugurationDay(year: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1969 || year > 9999 || (year - 1965) % 4 !== 0) return null;
  const day = formatIsoDate({ year, month: 1, day: 20 });
  const dow = dayOfWeek(day);
  if (dow === 6) return null;
  return dow === 0 ? formatIsoDate({ year, month: 1, day: 21 }) : day;
}

export const INAUGURATION_DAY_NAME = 'Inauguration Day';

/** A day federal offices were closed by executive order (e.g. a national day of mourning), entered in Settings. */
export interface Closure {
  date: IsoDate;
  name: string;
}

/**
 * Which days count as business days for one deadline. Every federal deadline skips the observed federal holidays
 * and the one-off closures listed in Settings (FRAP 26(a)(6)(B) counts "any day declared a holiday by the
 * President"); deadlines filed at the Board of Immigration Appeals, which sits in the Washington area, also skip
 * Inauguration Day.
 */
export interface BusinessCalendar {
  inaugurationDay?: boolean;
  closures?: readonly Closure[];
}

const FEDERAL: BusinessCalendar = {};

/**
 * Why a date is not a business day, in words for the attorney: 'Saturday', 'Sunday', 'Memorial Day',
 * 'Independence Day (observed)' when a weekend holiday is observed on this weekday, 'Inauguration Day', or the name
 * of a closure. Null on a business day.
 */
export function nonBusinessReason(iso: IsoDate, calendar: BusinessCalendar = FEDERAL): string | null {
  const dow = dayOfWeek(iso);
  if (dow === 6) return 'Saturday';
  if (dow === 0) return 'Sunday';
  const holiday = holidayOn(iso);
  if (holiday) return holiday.observed === holiday.date ? holiday.name : `${holiday.name} (observed)`;
  if (calendar.inaugurationDay && inaugurationDay(parseIsoDate(iso).year) === iso)
    return INAUGURATION_DAY_NAME;
  const closure = calendar.closures?.find((c) => c.date === iso);
  return closure ? closure.name : null;
}

/** Monday–Friday and not the observed day of a federal holiday (nor, per calendar, Inauguration Day or a closure). */
export function isBusinessDay(iso: IsoDate, calendar: BusinessCalendar = FEDERAL): boolean {
  return nonBusinessReason(iso, calendar) === null;
}

/** The date itself if it is a business day, else the next business day (the last day of the calendar at most). */
export function rollForward(iso: IsoDate, calendar: BusinessCalendar = FEDERAL): IsoDate {
  let date = iso;
  while (date < MAX_ISO_DATE && !isBusinessDay(date, calendar)) date = addDays(date, 1);
  return date;
}

/** The date itself if it is a business day, else the previous business day (the first day of the calendar at least). */
export function rollBackward(iso: IsoDate, calendar: BusinessCalendar = FEDERAL): IsoDate {
  let date = iso;
  while (date > MIN_ISO_DATE && !isBusinessDay(date, calendar)) date = addDays(date, -1);
  return date;
}

/**
 * The business day `count` business days after `iso` (before it when negative): the day itself is never counted,
 * the next business day is day 1. "Within 1 business day of the order" is the next business day after it; FOIA's
 * "20 days (excepting Saturdays, Sundays, and legal public holidays) after the receipt" is the 20th. The one
 * function every business-day rule counts with.
 */
export function addBusinessDays(iso: IsoDate, count: number, calendar: BusinessCalendar = FEDERAL): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`Business days must be a whole number, not ${count}.`);
  const step = count < 0 ? -1 : 1;
  let date = iso;
  for (let left = Math.abs(count); left > 0;) {
    const next = addDays(date, step);
    if (next === date) return date; // at an end of the calendar
    date = next;
    if (isBusinessDay(date, calendar)) left--;
  }
  return date;
}

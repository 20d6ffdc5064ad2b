/** Time as the services see it; injected so tests and the seed can fix "today". */
export interface Clock {
  /** An ISO 8601 timestamp for audit and record times. */
  now(): string;
  /** The attorney's local calendar date, 'YYYY-MM-DD': deadlines are counted in local calendar days. */
  today(): string;
}

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => localDate(new Date()),
};

/** A clock stopped at one moment. */
export function fixedClock(today: string, time = '12:00:00.000Z'): Clock {
  return { now: () => `${today}T${time}`, today: () => today };
}

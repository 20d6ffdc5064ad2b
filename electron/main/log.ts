/**
 * The main process's only logger. It takes fixed words, channel names and error class names, never messages or
 * payloads: those can hold client names, and stderr ends up in crash reports and support e-mails.
 */
export type Log = (event: string) => void;

export const log: Log = (event) => {
  process.stderr.write(`[safe-harbor] ${event}\n`);
};

/** `TypeError`, `SqliteError`…: what an error is, without what it says. */
export function errorClassName(error: unknown): string {
  if (error instanceof Error) return error.name || 'Error';
  return typeof error;
}

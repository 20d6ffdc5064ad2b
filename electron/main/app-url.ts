/** The renderer's only origin. A standard, secure custom scheme, so it gets a real origin unlike `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'harbor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `app://harbor/…`. Parsed rather than prefix-matched so that look-alikes such as
 * `app://harbor.evil/` or `app://user@harbor/` are refused.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}

/** `blob:app://harbor/<uuid>`: object URLs the renderer makes itself (previews of attachments). */
export function isAppBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

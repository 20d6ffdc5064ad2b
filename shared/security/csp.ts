/**
 * The one Content-Security-Policy of the app. The main process sends it as a header on every `app://` response;
 * the renderer build may also put it in a `<meta>` tag. No imports, so any environment can read it.
 *
 * `connect-src 'none'`: the renderer talks to the main process over IPC only, never over the network.
 * No `unsafe-inline` or `unsafe-eval` anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

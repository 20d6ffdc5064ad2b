import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './app-url';

/** Must run before `app` is ready: Chromium reads the scheme list once, at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The path inside `root` a request names, or null when it names nothing there: another host, an undecodable or
 * NUL-carrying path, or one that climbs out (`..%2f` survives URL normalisation, so the check is on the decoded,
 * resolved path).
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.hostname !== APP_HOST ||
    url.port !== '' ||
    url.username !== ''
  ) {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativePath = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const candidate = resolve(absoluteRoot, relativePath);
  const inside = relative(absoluteRoot, candidate);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return candidate;
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether the path is what it says, with no symbolic link on the way from the root: a link planted in the renderer
 * folder (or a folder above a file) could otherwise serve any file the user can read, a vault export included.
 */
async function isPlainPathInside(root: string, filePath: string): Promise<boolean> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]);
    return relative(realRoot, realFile) === relative(root, filePath);
  } catch {
    return false;
  }
}

/**
 * Serves the built renderer and nothing else. Extension-less paths that are not files fall back to `index.html`,
 * so a reload on a client-side route still finds the shell; missing assets are plain 404s.
 */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  const root = resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: securityHeaders() });
    }
    const requested = resolveRequestPath(root, request.url);
    if (requested === null) return notFound();
    let filePath = requested;
    if (!(await isFile(filePath))) {
      if (extname(filePath) !== '') return notFound();
      filePath = resolve(root, 'index.html');
      if (!(await isFile(filePath))) return notFound();
    }
    if (!(await isPlainPathInside(root, filePath))) return notFound();
    let body: Uint8Array<ArrayBuffer> | null = null;
    try {
      if (request.method === 'GET') body = new Uint8Array(await readFile(filePath));
    } catch {
      return notFound();
    }
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) },
    });
  };
}

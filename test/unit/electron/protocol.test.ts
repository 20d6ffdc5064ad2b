import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import {
  createAppProtocolHandler,
  registerAppScheme,
  resolveRequestPath,
} from '../../../electron/main/protocol';
import { FakeProtocol } from './fake-electron';
import { tempDir, writeRenderer } from './helpers';

const root = tempDir('protocol');
const renderer = join(root.path, 'dist', 'renderer');
const handler = createAppProtocolHandler(renderer);
const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

beforeAll(() => {
  writeRenderer(renderer);
  // A secret beside the renderer folder: what traversal attempts aim at.
  writeFileSync(join(root.path, 'dist', 'secret.txt'), 'client list');
  writeFileSync(join(root.path, 'secret.txt'), 'client list');
});
afterAll(() => root.remove());

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    const protocol = new FakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('app:// handler and symbolic links', () => {
  it('refuses a file reached through a link, inside the renderer folder or out of it', async () => {
    const linked = join(renderer, 'linked');
    mkdirSync(linked, { recursive: true });
    symlinkSync(join(root.path, 'secret.txt'), join(linked, 'out.txt'));
    symlinkSync(join(renderer, 'index.html'), join(linked, 'in.html'));
    symlinkSync(join(root.path, 'dist'), join(renderer, 'up'));
    for (const path of ['linked/out.txt', 'linked/in.html', 'up/secret.txt']) {
      const response = await get(`app://harbor/${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('client list');
    }
    expect((await get('app://harbor/index.html')).status).toBe(200);
  });
});

describe('app:// handler', () => {
  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await get('app://harbor/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Safe Harbor</title>');
  });

  it('serves the root as index.html', async () => {
    const response = await get('app://harbor/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Safe Harbor</title>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/inter.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['assets/manifest.json', 'application/json; charset=utf-8'],
  ])('labels %s as %s, with the CSP', async (file, mime) => {
    const response = await get(`app://harbor/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(mime);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://harbor/..%2fsecret.txt',
    'app://harbor/..%2f..%2fsecret.txt',
    'app://harbor/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://harbor/assets/..%2f..%2fsecret.txt',
    'app://harbor/..%5c..%5csecret.txt',
    'app://harbor/%2F..%2F..%2Fsecret.txt',
    'app://harbor/index.html%00.png',
    'app://harbor/%E0%A4%A',
  ])('refuses %s with 404 and never returns the file beside the renderer', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('client list');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps the resolved path inside the renderer folder even for raw "..", which URL parsing normalises away', () => {
    expect(resolveRequestPath(renderer, 'app://harbor/../../secret.txt')).toBe(join(renderer, 'secret.txt'));
    expect(resolveRequestPath(renderer, 'app://harbor/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveRequestPath(renderer, 'app://harbor/%2Fetc%2Fpasswd')).toBe(
      join(renderer, 'etc', 'passwd'),
    );
  });

  it('answers other hosts with 404', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://harbor.evil/index.html')).status).toBe(404);
  });

  it('answers missing assets with 404 and routes without an extension to the shell', async () => {
    expect((await get('app://harbor/assets/missing.js')).status).toBe(404);
    const route = await get('app://harbor/dossiers/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Safe Harbor</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://harbor/index.html', 'POST')).status).toBe(405);
    const head = await get('app://harbor/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

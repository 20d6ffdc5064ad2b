import type { App, Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { isAppBlobUrl, isAppUrl } from '../../../electron/main/app-url';
import {
  acquireSingleInstance,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  secureWebPreferences,
} from '../../../electron/main/security';
import { FakeEvent, FakeSession, FakeWebContents, app as fakeApp } from './fake-electron';

const asContents = (contents: FakeWebContents): WebContents => contents as unknown as WebContents;
const asSession = (session: FakeSession): Session => session as unknown as Session;

describe('CSP', () => {
  it('is exactly the policy of the design, with no unsafe sources', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
  });
});

describe('app URLs', () => {
  it.each([
    ['app://harbor/index.html', true],
    ['app://harbor/assets/app.js', true],
    ['app://harbor', false],
    ['app://harbor.evil/index.html', false],
    ['app://user@harbor/index.html', false],
    ['app://harbor:8080/index.html', false],
    ['app://other/index.html', false],
    ['https://harbor/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('isAppUrl(%s) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it('recognises only blob URLs minted by the app origin', () => {
    expect(isAppBlobUrl('blob:app://harbor/5b1c')).toBe(true);
    expect(isAppBlobUrl('blob:https://evil.example/5b1c')).toBe(false);
  });
});

describe('webPreferences', () => {
  const session = asSession(new FakeSession('harbor'));

  it('isolates, sandboxes and strips Node from every window', () => {
    const prefs = secureWebPreferences({ preload: '/app/preload.cjs', session, isPackaged: true });
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('allows devtools only when not packaged', () => {
    expect(secureWebPreferences({ preload: 'p', session, isPackaged: false }).devTools).toBe(true);
    expect(secureWebPreferences({ preload: 'p', session, isPackaged: true }).devTools).toBe(false);
  });
});

describe('web contents hardening', () => {
  function hardened(isPackaged = true): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(asContents(contents), { isPackaged });
    return contents;
  }

  it.each([
    ['will-navigate', 'https://evil.example/', true],
    ['will-navigate', 'file:///etc/passwd', true],
    ['will-navigate', 'app://harbor.evil/index.html', true],
    ['will-navigate', 'app://harbor/index.html', false],
    ['will-redirect', 'https://evil.example/', true],
    ['will-redirect', 'app://harbor/index.html', false],
  ])('%s to %s: prevented = %s', (eventName, url, prevented) => {
    const contents = hardened();
    const event = new FakeEvent(url);
    contents.emit(eventName, event, url);
    expect(event.defaultPrevented).toBe(prevented);
  });

  it('refuses subframe navigation off the app origin', () => {
    const contents = hardened();
    const away = new FakeEvent('https://evil.example/frame');
    const home = new FakeEvent('app://harbor/index.html');
    contents.emit('will-frame-navigate', away);
    contents.emit('will-frame-navigate', home);
    expect(away.defaultPrevented).toBe(true);
    expect(home.defaultPrevented).toBe(false);
  });

  it('denies window.open whatever the URL', () => {
    const contents = hardened();
    for (const url of ['https://evil.example/', 'app://harbor/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardened();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('closes devtools if they ever open in a packaged app, and leaves them in development', () => {
    const packaged = hardened(true);
    packaged.emit('devtools-opened');
    expect(packaged.devToolsClosed).toBe(1);
    const dev = hardened(false);
    dev.emit('devtools-opened');
    expect(dev.devToolsClosed).toBe(0);
  });

  it('hardens web contents created later, through app "web-contents-created"', () => {
    hardenAllWebContents(fakeApp as unknown as App, { isPackaged: true });
    const later = new FakeWebContents();
    fakeApp.emit('web-contents-created', new FakeEvent(), later);
    const event = new FakeEvent('https://evil.example/');
    later.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(true);
    expect(later.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    fakeApp.removeAllListeners('web-contents-created');
  });
});

describe('session hardening', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ] as const;

  it('denies every permission request', () => {
    const session = new FakeSession('harbor');
    hardenSession(asSession(session), { allowDevtools: false });
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      session.permissionRequestHandler?.(
        asContents(new FakeWebContents()),
        permission,
        (granted) => answers.push(granted),
        { requestingUrl: 'app://harbor/index.html', isMainFrame: true },
      );
      expect(answers, permission).toEqual([false]);
    }
  });

  it('denies every permission check and device permission', () => {
    const session = new FakeSession('harbor');
    hardenSession(asSession(session), { allowDevtools: false });
    for (const permission of PERMISSIONS) {
      expect(
        session.permissionCheckHandler?.(null, permission, 'app://harbor', {
          isMainFrame: true,
          requestingUrl: 'app://harbor/index.html',
          embeddingOrigin: 'app://harbor',
          securityOrigin: 'app://harbor',
          mediaType: 'unknown',
        }),
        permission,
      ).toBe(false);
    }
    expect(session.devicePermissionHandler).not.toBeNull();
    expect(
      session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://harbor', device: {} } as never),
    ).toBe(false);
  });

  it('cancels every request that is not the app itself', () => {
    const session = new FakeSession('harbor');
    hardenSession(asSession(session), { allowDevtools: false });
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'ws://localhost/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://harbor.evil/x.js',
      'devtools://devtools/bundled/inspector.html',
      'blob:https://evil.example/1',
    ]) {
      expect(session.cancels(url), url).toBe(true);
    }
    for (const url of [
      'app://harbor/index.html',
      'app://harbor/assets/app.js',
      'data:image/png;base64,AA==',
    ]) {
      expect(session.cancels(url), url).toBe(false);
    }
    expect(session.cancels('blob:app://harbor/1234')).toBe(false);
  });

  it('lets devtools:// through only when asked (development)', () => {
    const session = new FakeSession('');
    hardenSession(asSession(session), { allowDevtools: true });
    expect(session.cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(session.cancels('https://example.com/')).toBe(true);
    expect(isAllowedRequest('devtools://x', { allowDevtools: false })).toBe(false);
  });

  it('refuses downloads except files the app made itself, and turns the spellchecker off', () => {
    const session = new FakeSession('harbor');
    hardenSession(asSession(session), { allowDevtools: false });
    const outcome = (url: string) => {
      const download = new FakeEvent();
      session.emit('will-download', download, { getURL: () => url }, null);
      return download.defaultPrevented ? 'refused' : 'save dialog';
    };
    expect(outcome('https://example.com/payload.exe')).toBe('refused');
    expect(outcome('blob:https://example.com/4f1c')).toBe('refused');
    expect(outcome('blob:app://harbor.evil/4f1c')).toBe('refused');
    expect(outcome('app://harbor/index.html')).toBe('refused');
    expect(outcome('blob:app://harbor/0b6a3c1e-3f6e-4d8e-9a52-6f0f7c1d2e3a')).toBe('save dialog');
    expect(session.spellChecker).toBe(false);
  });
});

describe('single instance', () => {
  it('quits when another instance holds the lock', () => {
    fakeApp.singleInstance = false;
    const before = fakeApp.quitCalls.length;
    expect(acquireSingleInstance(fakeApp as unknown as App, () => undefined)).toBe(false);
    expect(fakeApp.quitCalls.length).toBe(before + 1);
    fakeApp.singleInstance = true;
  });

  it('focuses the first instance when a second one starts', () => {
    let focused = 0;
    expect(acquireSingleInstance(fakeApp as unknown as App, () => (focused += 1))).toBe(true);
    fakeApp.emit('second-instance', new FakeEvent(), [], '/');
    expect(focused).toBe(1);
    fakeApp.removeAllListeners('second-instance');
  });
});

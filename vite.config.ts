import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Plugin, defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp';

const RENDERER_ROOT = fileURLToPath(new URL('./renderer', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('./dist/renderer', import.meta.url));

const CSP_PLACEHOLDER = '__CONTENT_SECURITY_POLICY__';

/**
 * Writes the app's one Content-Security-Policy (the string main sends as a header, from shared/security/csp.ts) into
 * index.html's <meta> tag, so the page carries it too wherever it is opened. Verbatim: the policy holds single
 * quotes only, so it fits a double-quoted attribute unchanged.
 */
function injectContentSecurityPolicy(): Plugin {
  return {
    name: 'safe-harbor:csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(CSP_PLACEHOLDER))
          throw new Error(`renderer/index.html must contain ${CSP_PLACEHOLDER}.`);
        if (CONTENT_SECURITY_POLICY.includes('"')) throw new Error('The CSP must not contain double quotes.');
        return html.replace(CSP_PLACEHOLDER, CONTENT_SECURITY_POLICY);
      },
    },
  };
}

/**
 * The renderer runs under `script-src 'self'; style-src 'self'`: an inline <script>, <style> or style="" in the built
 * HTML would be refused at run time. This fails the build instead, so the mistake is seen at once.
 */
function refuseInlineCode(): Plugin {
  return {
    name: 'safe-harbor:refuse-inline-code',
    apply: 'build',
    closeBundle() {
      const html = readFileSync(`${OUT_DIR}/index.html`, 'utf8');
      const problems = [
        [/<script(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script>'],
        [/<style[\s>]/i, 'an inline <style>'],
        [/\sstyle=/i, 'a style="" attribute'],
        [/\son[a-z]+=/i, 'an inline event handler'],
      ] as const;
      for (const [pattern, what] of problems) {
        if (pattern.test(html))
          throw new Error(`dist/renderer/index.html contains ${what}; the CSP forbids it.`);
      }
      if (!html.includes(`content="${CONTENT_SECURITY_POLICY}"`)) {
        throw new Error('dist/renderer/index.html lacks the Content-Security-Policy meta tag.');
      }
    },
  };
}

export default defineConfig({
  root: RENDERER_ROOT,
  // Relative URLs, so the built files load from any base (Electron's app:// protocol, the e2e static server).
  base: './',
  publicDir: 'public',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'chrome140',
    // Never inline assets as data: URLs: fonts must come from 'self' (font-src), and the CSP stays simple to reason about.
    assetsInlineLimit: 0,
    // The module preload polyfill is injected as inline code; Chromium needs no polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Radix marks its modules "use client" for React Server Components; meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  plugins: [injectContentSecurityPolicy(), refuseInlineCode()],
});

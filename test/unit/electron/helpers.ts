import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PASSPHRASE = 'a long passphrase 123';

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `harbor-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A stand-in for the built renderer: one file of each type the protocol must label. */
export function writeRenderer(rendererDir: string): void {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  const files: Record<string, string | Buffer> = {
    'index.html':
      '<!doctype html><title>Safe Harbor</title><script type="module" src="/assets/app.js"></script>',
    'assets/app.js': 'console.log("shell");',
    'assets/app.css': 'body{margin:0}',
    'assets/inter.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32]),
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'assets/manifest.json': '{}',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(rendererDir, name), content);
}

/**
 * scripts/native-abi.mjs on a scratch copy of the project (SAFE_HARBOR_NATIVE_ROOT), so switching targets never
 * touches the driver other tests are using. The Node build is the real one; the Electron build is a stand-in file
 * that carries Electron's ABI marker, since no Electron toolchain is available here.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(repo, 'scripts', 'native-abi.mjs');
const MODULE = 'better-sqlite3-multiple-ciphers';
const electronAbi = readFileSync(join(repo, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
const nodeKey = `node-${process.versions.modules}-${process.platform}-${process.arch}`;
const electronKey = `electron-${electronAbi}-${process.platform}-${process.arch}`;

const scratch = tempDir('native-abi');
const binary = join(scratch.path, 'node_modules', MODULE, 'build', 'Release', 'better_sqlite3.node');
const cacheFile = (key: string): string => join(scratch.path, '.native-cache', key, 'better_sqlite3.node');
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const marker = (): { target: string; key: string; sha256: string } =>
  JSON.parse(readFileSync(join(scratch.path, '.native-cache', 'installed.json'), 'utf8')) as {
    target: string;
    key: string;
    sha256: string;
  };

function switchTo(target: string): { status: number | null; out: string; ms: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [script, target], {
    env: { ...process.env, SAFE_HARBOR_NATIVE_ROOT: scratch.path },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}`, ms: performance.now() - started };
}

let nodeBuildSha = '';

beforeAll(() => {
  const modules = join(repo, 'node_modules');
  const target = join(scratch.path, 'node_modules');
  for (const part of ['lib', 'package.json', 'build/Release/better_sqlite3.node']) {
    cpSync(join(modules, MODULE, part), join(target, MODULE, part), { recursive: true });
  }
  for (const dependency of ['bindings', 'file-uri-to-path']) {
    cpSync(join(modules, dependency), join(target, dependency), { recursive: true });
  }
  for (const part of ['package.json', 'abi_version']) {
    cpSync(join(modules, 'electron', part), join(target, 'electron', part));
  }
  nodeBuildSha = sha(binary);
});
afterAll(() => scratch.remove());

describe('native-abi', () => {
  it('accepts the Node build in place, caches it and records the marker', () => {
    const first = switchTo('node');
    expect(first.status, first.out).toBe(0);
    // Silent when nothing had to change: npm test and the CLI run it first every time.
    expect(first.out).toBe('');
    expect(sha(cacheFile(nodeKey))).toBe(nodeBuildSha);
    expect(marker()).toMatchObject({ target: 'node', key: nodeKey, sha256: nodeBuildSha });
  });

  it('is a fast no-op the second time', () => {
    const again = switchTo('node');
    expect(again.status, again.out).toBe(0);
    expect(again.out).toBe('');
    expect(again.ms).toBeLessThan(1000);
    expect(sha(binary)).toBe(nodeBuildSha);
  });

  it('restores the Electron build from the cache, then the Node build back, byte for byte', () => {
    mkdirSync(join(scratch.path, '.native-cache', electronKey), { recursive: true });
    const fakeElectronBuild = `stand-in electron build node_register_module_v${electronAbi} end`;
    writeFileSync(cacheFile(electronKey), fakeElectronBuild);

    const toElectron = switchTo('electron');
    expect(toElectron.status, toElectron.out).toBe(0);
    expect(toElectron.out).toContain('restored the electron build');
    expect(readFileSync(binary, 'utf8')).toBe(fakeElectronBuild);
    expect(marker()).toMatchObject({ target: 'electron', key: electronKey });

    const stay = switchTo('electron');
    expect(stay.status, stay.out).toBe(0);
    expect(stay.out).toBe('');

    const toNode = switchTo('node');
    expect(toNode.status, toNode.out).toBe(0);
    expect(toNode.out).toContain('restored the node build');
    expect(sha(binary)).toBe(nodeBuildSha);
    expect(marker()).toMatchObject({ target: 'node', key: nodeKey, sha256: nodeBuildSha });
  });

  it('refuses a cached build whose ABI is wrong, and fails with a clear message when it cannot rebuild', () => {
    writeFileSync(cacheFile(electronKey), 'wrong build node_register_module_v1');
    const attempt = switchTo('electron');
    expect(attempt.status).toBe(1);
    expect(attempt.out).toContain('needs network access once');
    expect(existsSync(cacheFile(electronKey))).toBe(false);
    // The Node build stays usable, and is still one copy away.
    expect(sha(binary)).toBe(nodeBuildSha);
    expect(switchTo('node').status).toBe(0);
  });

  it('rejects an unknown target with a usage message', () => {
    const result = switchTo('browser');
    expect(result.status).toBe(2);
    expect(result.out).toContain('usage');
  });
});

/**
 * The packaging configuration: valid for the installed electron-builder (its own JSON schema, so a misspelt fuse
 * fails here rather than being silently ignored), with every fuse of design §4 and the native module unpacked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(join(repo, 'package.json'));

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  icon: string;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[]; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string };
}

const config = require('./electron-builder.config.cjs') as BuilderConfig;

type Validate = (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
const { validateConfiguration } = require(
  require.resolve('app-builder-lib/out/util/config/config.js', {
    paths: [join(repo, 'node_modules', 'electron-builder')],
  }),
) as { validateConfiguration: Validate };
const logger = { isEnabled: false, add: () => undefined };

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
  });

  it('would be rejected with a misspelt fuse (the schema check is real)', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNodeX: false } };
    await expect(validateConfiguration(misspelt, logger)).rejects.toThrow('configuration');
  });

  it('flips every fuse of the security policy', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('identifies the app and packs it in an asar with the native module unpacked', () => {
    expect(config.appId).toBe('org.safeharbor.app');
    expect(config.productName).toBe('Safe Harbor');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json', '!dist/**/*.map']));
  });

  it('targets AppImage and deb, NSIS, and a hardened-runtime dmg with entitlements that exist', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(join(repo, config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toContain('com.apple.security.network');
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
  });

  it('has a 512×512 PNG icon', () => {
    const png = readFileSync(join(repo, config.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('points package.json main at the bundled main process', () => {
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { main: string };
    expect(manifest.main).toBe('dist/electron/main.cjs');
  });
});

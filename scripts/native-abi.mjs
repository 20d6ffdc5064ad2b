#!/usr/bin/env node
// Puts the right build of the SQLite driver's native module in place: `node` for tests and the CLI, `electron` for
// `npm start` and packaging. Each build is cached under .native-cache/<target>-<abi>-<platform>-<arch>/ so switching
// back and forth is a file copy, not a compile. A no-op (well under a second) when the right build is already there.
//
// Usage: node scripts/native-abi.mjs <node|electron>
//
// How a binary is recognised: every Node/Electron addon built against V8 exports `node_register_module_v<ABI>`, so
// the ABI is read from the file itself; the marker (.native-cache/installed.json) only records what was installed.
// For `node` the binary must also load in a child `node` process before it is declared good.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const BINARY_NAME = 'better_sqlite3.node';

// SAFE_HARBOR_NATIVE_ROOT points the script at another project folder: used to exercise it on a scratch copy.
const root = resolve(
  process.env.SAFE_HARBOR_NATIVE_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..'),
);
const packageDir = join(root, 'node_modules', MODULE);
const binary = join(packageDir, 'build', 'Release', BINARY_NAME);
const cacheRoot = join(root, '.native-cache');
const markerFile = join(cacheRoot, 'installed.json');

// Messages go to stderr: `npm run -s cli -- … --json` must leave stdout a clean JSON document.
const say = (message) => console.error(`native-abi: ${message}`);
const fail = (message, code = 1) => {
  console.error(`native-abi: ${message}`);
  process.exit(code);
};

function electronVersion() {
  const manifest = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(manifest)) return null;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

function electronAbi() {
  const abiFile = join(root, 'node_modules', 'electron', 'abi_version');
  if (existsSync(abiFile)) return readFileSync(abiFile, 'utf8').trim();
  const version = electronVersion();
  if (!version) return null;
  try {
    const nodeAbi = JSON.parse(
      readFileSync(join(root, 'node_modules', 'node-abi', 'abi_registry.json'), 'utf8'),
    );
    const entry = nodeAbi.find(
      (e) => e.runtime === 'electron' && version.startsWith(e.target.split('.')[0] + '.'),
    );
    return entry ? String(entry.abi) : null;
  } catch {
    return null;
  }
}

function embeddedAbi(bytes) {
  const match = /node_register_module_v(\d+)/.exec(bytes.toString('latin1'));
  return match ? match[1] : null;
}

function inspect(file) {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), abi: embeddedAbi(bytes) };
}

/** Opens an in-memory database with exactly this binary in a fresh `node`: the only real proof it fits. */
function loadsInNode(file) {
  const probe =
    'const [pkg, bin] = process.argv.slice(1);' +
    "const Database = require(pkg); const db = new Database(':memory:', { nativeBinding: bin });" +
    "db.prepare('select 1').get(); db.close();";
  const result = spawnSync(process.execPath, ['-e', probe, packageDir, file], {
    stdio: 'ignore',
    timeout: 30_000,
  });
  return result.status === 0;
}

function readMarker() {
  try {
    return JSON.parse(readFileSync(markerFile, 'utf8'));
  } catch {
    return null;
  }
}

function writeMarker(target, abi, key, sha256) {
  mkdirSync(cacheRoot, { recursive: true });
  const marker = { target, abi, key, platform: process.platform, arch: process.arch, sha256 };
  if (target === 'electron') marker.electron = electronVersion();
  else marker.node = process.version;
  writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
}

function keyFor(target, abi) {
  return `${target}-${abi}-${process.platform}-${process.arch}`;
}

function cachedPath(key) {
  return join(cacheRoot, key, BINARY_NAME);
}

/** Copy then rename: a process that already loaded the old file keeps it, and no one ever sees half a file. */
function copyAtomic(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  const temp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, temp);
  renameSync(temp, to);
}

function stash(key, sha256) {
  const cached = inspect(cachedPath(key));
  if (cached?.sha256 === sha256) return;
  copyAtomic(binary, cachedPath(key));
}

/** Which cache key the binary currently in place belongs to, if it can be told. */
function identifyCurrent(current, marker) {
  if (marker && marker.sha256 === current.sha256 && typeof marker.key === 'string') return marker.key;
  if (current.abi === process.versions.modules && loadsInNode(binary)) return keyFor('node', current.abi);
  const eAbi = electronAbi();
  if (eAbi && current.abi === eAbi) return keyFor('electron', eAbi);
  return null;
}

function run(command, args, options) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  return result.status === 0;
}

function rebuild(target) {
  if (target === 'node') {
    say(`building ${MODULE} for Node ${process.version} with node-gyp (a few minutes)…`);
    // Through npx/npm so node-gyp sees npm's config (nodedir, proxies) as npm_config_* variables.
    const localGyp = join(
      root,
      'node_modules',
      '.bin',
      process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp',
    );
    if (existsSync(localGyp)) {
      return run('npx', ['--no-install', 'node-gyp', 'rebuild', '--release', `--directory=${packageDir}`], {
        cwd: root,
      });
    }
    return run('npm', ['rebuild', MODULE], { cwd: root });
  }
  const version = electronVersion();
  if (!version) fail('the electron package is not installed: run `npm install` first.');
  say(`building ${MODULE} for Electron ${version} with @electron/rebuild (downloads Electron's headers)…`);
  const ok = run('npx', ['--no-install', 'electron-rebuild', '-f', '-w', MODULE, '-v', version], {
    cwd: root,
  });
  if (!ok) {
    fail(
      `could not build ${MODULE} for Electron ${version}. This needs network access once, to download Electron's ` +
        'headers (or a prebuilt binary), and a C++ toolchain (python3, make, g++ / Xcode / Visual Studio Build Tools). ' +
        'Connect and run `npm start` again; `npm test` does not need this.',
    );
  }
  return true;
}

function isGood(target, abi, current) {
  if (!current || current.abi !== abi) return false;
  return target === 'node' ? loadsInNode(binary) : true;
}

function main() {
  const target = process.argv[2];
  if (target !== 'node' && target !== 'electron')
    fail('usage: node scripts/native-abi.mjs <node|electron>', 2);
  if (!existsSync(packageDir)) fail(`${MODULE} is not installed: run \`npm install\` first.`);

  const abi = target === 'node' ? process.versions.modules : electronAbi();
  if (!abi) fail('cannot tell which ABI Electron needs: is the electron package installed?');
  const key = keyFor(target, abi);
  const marker = readMarker();
  let current = inspect(binary);

  if (isGood(target, abi, current)) {
    stash(key, current.sha256);
    if (marker?.key !== key || marker.sha256 !== current.sha256)
      writeMarker(target, abi, key, current.sha256);
    return;
  }

  if (current) {
    const currentKey = identifyCurrent(current, marker);
    if (currentKey && currentKey !== key) stash(currentKey, current.sha256);
  }

  const cached = inspect(cachedPath(key));
  if (cached && cached.abi === abi) {
    copyAtomic(cachedPath(key), binary);
    current = inspect(binary);
    if (isGood(target, abi, current)) {
      writeMarker(target, abi, key, current.sha256);
      say(`restored the ${target} build (ABI ${abi}) from .native-cache/${key}.`);
      return;
    }
    say(`the cached ${target} build in .native-cache/${key} does not load; rebuilding.`);
  }
  if (cached) rmSync(join(cacheRoot, key), { recursive: true, force: true });

  if (!rebuild(target)) fail(`could not build ${MODULE} for ${target}; see the compiler output above.`);
  current = inspect(binary);
  if (!isGood(target, abi, current))
    fail(`the fresh ${target} build of ${MODULE} does not match ABI ${abi}.`);
  stash(key, current.sha256);
  writeMarker(target, abi, key, current.sha256);
  say(`built ${MODULE} for ${target} (ABI ${abi}) and cached it in .native-cache/${key}.`);
}

main();

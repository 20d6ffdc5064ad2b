// Shared by `npm start` and `npm run dist`: Electron's runtime downloaded, the native driver built for Electron,
// then the app built. Each step stops the command with a plain message on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');

export function run(command, args, { env = process.env } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

/** Path of the Electron executable, downloading it first if `npm install` skipped or lost it. */
export function ensureElectronBinary() {
  if (!existsSync(join(electronPackage, 'package.json'))) {
    console.error('The electron package is missing: run `npm install` first.');
    process.exit(1);
  }
  const pathFile = join(electronPackage, 'path.txt');
  const installed = () =>
    existsSync(pathFile) && existsSync(join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim()));
  if (!installed()) {
    console.log("Downloading Electron's runtime (once)…");
    const status = run(process.execPath, [join(electronPackage, 'install.js')]);
    if (status !== 0 || !installed()) {
      console.error("Electron's runtime could not be downloaded: npm start needs network access once");
      process.exit(1);
    }
  }
  // The package's main is the executable's path; requiring it now cannot trigger a second download.
  return createRequire(import.meta.url)(electronPackage);
}

export function prepare({ production }) {
  const electronPath = ensureElectronBinary();
  if (run(process.execPath, [join(root, 'scripts', 'native-abi.mjs'), 'electron']) !== 0) process.exit(1);
  const env = production ? { ...process.env, NODE_ENV: 'production' } : process.env;
  if (run('npm', ['run', 'build'], { env }) !== 0) {
    console.error('The build failed; see above.');
    process.exit(1);
  }
  return electronPath;
}

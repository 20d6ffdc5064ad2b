import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

/**
 * The SQLite driver's native module is built for one runtime at a time: Node for the command line and the tests,
 * Electron for the app. After `npm start` the Electron build is in place, and Node refuses to load it. The built
 * command line then puts the Node build back (scripts/native-abi.mjs restores it from its cache, or rebuilds it)
 * before it runs anything, as `npm test` does.
 */
export function ensureNodeDriver(nativeAbiScript: string, stderr: NodeJS.WritableStream): boolean {
  if (driverLoads()) return true;
  if (!existsSync(nativeAbiScript)) {
    stderr.write(
      'The SQLite driver is built for another runtime, and scripts/native-abi.mjs is not here to fix it.\n',
    );
    return false;
  }
  const result = spawnSync(process.execPath, [nativeAbiScript, 'node'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status === 0 && driverLoads()) return true;
  stderr.write(
    'The SQLite driver could not be loaded for Node. Run `node scripts/native-abi.mjs node` to see why.\n',
  );
  return false;
}

/** Whether the driver opens a database here. A build for another runtime fails to load (ERR_DLOPEN_FAILED). */
function driverLoads(): boolean {
  try {
    new Database(':memory:').close();
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_DLOPEN_FAILED') return false;
    throw error;
  }
}

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Keeps decrypted client data out of core dumps, where the platform lets a process say so. A core dump is a copy of
 * the process's memory on disk: the data key, decrypted pages, whatever the window showed.
 *
 * - Linux: the core size limit is set to 0 (util-linux `prlimit`, setrlimit(RLIMIT_CORE) on this process), and the
 *   coredump filter to 0, so that even a dump taken despite the limit (a crash handler piping to a program) carries
 *   no memory mapping. Both are inherited by the renderer and helper processes started afterwards.
 * - macOS: core dumps are off unless the user raised the limit (`ulimit -c`); there is no per-process switch.
 * - Windows: Windows Error Reporting keeps local dumps only when an administrator turned that on.
 *
 * Packaged builds only: a developer may want a core dump of a crashing build. Returns what was done, for the log.
 */
export interface CoreDumpPorts {
  platform: NodeJS.Platform;
  pid: number;
  writeFile: (path: string, data: string) => void;
  run: (command: string, args: readonly string[]) => { status: number | null };
}

const realPorts: CoreDumpPorts = {
  platform: process.platform,
  pid: process.pid,
  writeFile: (path, data) => writeFileSync(path, data),
  run: (command, args) => spawnSync(command, args, { stdio: 'ignore' }),
};

export function disableCoreDumps(isPackaged: boolean, ports: CoreDumpPorts = realPorts): string[] {
  if (!isPackaged || ports.platform !== 'linux') return [];
  const done: string[] = [];
  try {
    if (ports.run('prlimit', ['--pid', String(ports.pid), '--core=0']).status === 0) done.push('core size 0');
  } catch {
    // No prlimit on this system: the filter below still empties any dump.
  }
  try {
    ports.writeFile(`/proc/${ports.pid}/coredump_filter`, '0');
    done.push('coredump filter 0');
  } catch {
    // A kernel without the filter.
  }
  return done;
}

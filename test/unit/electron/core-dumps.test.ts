import { describe, expect, it } from 'vitest';
import { type CoreDumpPorts, disableCoreDumps } from '../../../electron/main/core-dumps';

function fakePorts(platform: NodeJS.Platform): CoreDumpPorts & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    platform,
    pid: 4242,
    writeFile: (path, data) => calls.push(`write ${path} ${data}`),
    run: (command, args) => {
      calls.push([command, ...args].join(' '));
      return { status: 0 };
    },
  };
}

describe('core dumps', () => {
  it('packaged on Linux: core size 0 and an empty coredump filter for this process', () => {
    const ports = fakePorts('linux');
    expect(disableCoreDumps(true, ports)).toEqual(['core size 0', 'coredump filter 0']);
    expect(ports.calls).toEqual(['prlimit --pid 4242 --core=0', 'write /proc/4242/coredump_filter 0']);
  });

  it('leaves development builds and other platforms as they are', () => {
    for (const [packaged, platform] of [
      [false, 'linux'],
      [true, 'darwin'],
      [true, 'win32'],
    ] as const) {
      const ports = fakePorts(platform);
      expect(disableCoreDumps(packaged, ports)).toEqual([]);
      expect(ports.calls).toEqual([]);
    }
  });

  it('still empties the filter where prlimit is missing', () => {
    const ports = fakePorts('linux');
    ports.run = () => {
      throw new Error('ENOENT');
    };
    expect(disableCoreDumps(true, ports)).toEqual(['coredump filter 0']);
  });
});

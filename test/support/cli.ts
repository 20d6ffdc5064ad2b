import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../../electron/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in-process with the given environment and piped stdin. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}, stdinText = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const code = await runCli(args, {
    env,
    stdin,
    stdout: new Writable({ write: (chunk: Buffer, _enc, done) => ((stdout += chunk.toString()), done()) }),
    stderr: new Writable({ write: (chunk: Buffer, _enc, done) => ((stderr += chunk.toString()), done()) }),
  });
  return { code, stdout, stderr };
}

import { readFileSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from './usage-error';

export type Ask = (prompt: string) => Promise<string>;

/**
 * One line reader for the whole run: piped input may carry several answers in one chunk, and a second readline
 * interface would lose what the first had buffered. On a terminal nothing typed is echoed.
 */
export function createPrompter(
  stdin: Readable & { isTTY?: boolean },
  stderr: Writable,
): { ask: Ask; close(): void } {
  let rl: Interface | null = null;
  const lines: string[] = [];
  const waiting: { resolve(line: string): void; reject(error: Error): void }[] = [];
  let ended = false;

  function open(): void {
    if (rl) return;
    rl = createInterface({ input: stdin, output: stderr, terminal: Boolean(stdin.isTTY) });
    if (stdin.isTTY)
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    rl.on('line', (line) => {
      if (stdin.isTTY) stderr.write('\n');
      const next = waiting.shift();
      if (next) next.resolve(line);
      else lines.push(line);
    });
    rl.on('close', () => {
      ended = true;
      for (const w of waiting.splice(0)) w.reject(new UsageError('No answer was given at the prompt.'));
    });
  }

  return {
    ask(prompt) {
      open();
      stderr.write(prompt);
      const buffered = lines.shift();
      if (buffered !== undefined) return Promise.resolve(buffered);
      if (ended) return Promise.reject(new UsageError('No answer was given at the prompt.'));
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    close() {
      rl?.close();
    },
  };
}

/**
 * Reads a secret from an environment variable, a file, or the prompt; never from an argument, which would land in
 * shell history and the process list.
 */
export async function readSecret(
  ask: Ask,
  env: NodeJS.ProcessEnv,
  { envName, file, prompt }: { envName: string; file?: string | undefined; prompt: string },
): Promise<string> {
  const fromEnv = env[envName];
  if (fromEnv) return fromEnv;
  if (file) {
    try {
      return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new UsageError(`Cannot read the file ${file}.`);
    }
  }
  return ask(prompt);
}

/** A new secret typed at the prompt is asked twice; one from the environment is taken as given. */
export async function readNewSecret(
  ask: Ask,
  env: NodeJS.ProcessEnv,
  { envName, prompt }: { envName: string; prompt: string },
): Promise<string> {
  const fromEnv = env[envName];
  if (fromEnv) return fromEnv;
  const first = await ask(prompt);
  const second = await ask('Type it again: ');
  if (first !== second) throw new UsageError('The two entries do not match.');
  return first;
}

import type { Writable } from 'node:stream';
import type { Services } from '../services';
import type { Ask } from './secrets';

/** What a command may read and write: injected so tests run the real CLI in-process. */
export interface CliContext {
  vaultDir: string;
  /** The services over `vaultDir`, composed for this run (the built CLI passes its bundled PDF engine). */
  createServices(): Services;
  json: boolean;
  /** Parsed flags of this command (strings and booleans), beside the common ones. */
  flags: Record<string, string | boolean | undefined>;
  env: NodeJS.ProcessEnv;
  ask: Ask;
  stdout: Writable;
  stderr: Writable;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Extra flags beyond --vault, --json and --passphrase-file. */
  options?: Record<string, { type: 'string' | 'boolean' }>;
  run(ctx: CliContext): Promise<void>;
}

/** Writes either the JSON document (with --json) or the human-readable lines. */
export function emit(ctx: CliContext, json: unknown, human: string): void {
  ctx.stdout.write(ctx.json ? JSON.stringify(json, null, 2) + '\n' : human + '\n');
}

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

/** The layer rules of design.md §1, proved by linting imports that cross them. */
describe('layer rules', () => {
  it.each([
    ['renderer/src/leak.ts', "import { unlockVault } from '../../db/vault';\nvoid unlockVault;\n"],
    ['renderer/src/leak.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n"],
    ['renderer/src/leak.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n"],
    ['shared/leak.ts', "import { createHash } from 'node:crypto';\nvoid createHash;\n"],
    [
      'shared/leak.ts',
      "import { VaultService } from '../electron/services/vault-service';\nvoid VaultService;\n",
    ],
    ['db/leak.ts', "import { app } from 'electron';\nvoid app;\n"],
    [
      'electron/services/leak.ts',
      "import { createDispatcher } from '../ipc/dispatcher';\nvoid createDispatcher;\n",
    ],
    ['electron/ipc/leak.ts', "import { unlockVault } from '../../db/vault';\nvoid unlockVault;\n"],
    ['electron/preload/leak.ts', "import { z } from 'zod';\nvoid z;\n"],
  ])('refuses a wrong import in %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    [
      'renderer/src/ok.ts',
      "import { INVOKE_CHANNELS } from '../../shared/ipc/channels';\nvoid INVOKE_CHANNELS;\n",
    ],
    ['electron/services/ok.ts', "import { unlockVault } from '../../db/vault';\nvoid unlockVault;\n"],
    ['electron/ipc/ok.ts', "import { createServices } from '../services';\nvoid createServices;\n"],
  ])('allows a downward import in %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});

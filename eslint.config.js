// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { builtinModules } from 'node:module';
import globals from 'globals';

/** Node's built-in modules under both spellings: the renderer and shared/ may use none of them. */
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function forbidPackages(names, why) {
  return { 'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message: why })) }] };
}

/**
 * The layers of design.md §1: imports only go downward. Each zone names the folder being linted (target) and the
 * folders it must not reach (from).
 */
const layerZones = [
  {
    target: './shared',
    from: ['./db', './electron', './renderer', './test', './scripts'],
    message: 'shared/ is the bottom layer: pure rules and schemas only.',
  },
  { target: './db', from: ['./electron', './renderer', './test'], message: 'db/ may import only shared/.' },
  {
    target: './electron/services',
    from: ['./electron/ipc', './electron/main', './electron/preload', './electron/cli', './renderer'],
    message: 'Services are plain Node use cases: shared/ and db/ only.',
  },
  {
    target: './electron/ipc',
    from: ['./electron/main', './electron/preload', './electron/cli', './renderer', './db'],
    message: 'The dispatcher reaches the vault through services only.',
  },
  {
    target: './electron/main',
    from: ['./renderer', './electron/cli', './electron/preload'],
    message: 'The composition root does not import the renderer, preload or CLI.',
  },
  {
    target: './electron/preload',
    from: [
      './db',
      './electron/services',
      './electron/ipc',
      './electron/main',
      './electron/cli',
      './renderer',
    ],
    message: 'The preload is a tiny bridge: electron and the channel list only.',
  },
  {
    target: './electron/cli',
    from: ['./electron/main', './electron/preload', './electron/ipc', './renderer'],
    message: 'The CLI uses shared/, db/ and services only.',
  },
  {
    target: './renderer',
    from: ['./db', './electron', './test', './scripts'],
    message: 'The renderer may import only shared/ (and talks to main through src/api.ts).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**'],
    rules: forbidPackages(
      [...NODE_BUILTINS, 'electron', 'react', 'better-sqlite3-multiple-ciphers'],
      'shared/ runs in every process: no Node, no DOM framework, no Electron.',
    ),
  },
  {
    files: ['db/**', 'electron/services/**', 'electron/ipc/**', 'electron/cli/**', 'electron/cli.ts'],
    rules: forbidPackages(['electron'], 'Only electron/main and electron/preload may import Electron.'),
  },
  {
    files: ['electron/preload/**'],
    rules: forbidPackages(['zod', 'better-sqlite3-multiple-ciphers'], 'The sandboxed preload stays tiny.'),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbidPackages(
        [...NODE_BUILTINS, 'electron', 'better-sqlite3-multiple-ciphers'],
        'The renderer is sandboxed: no Node, no Electron; call src/api.ts.',
      ),
    },
  },
  {
    files: ['electron/cli.ts', 'electron/cli/**', 'scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);

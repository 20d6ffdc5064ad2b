import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Forks, not threads: the native SQLite module and Argon2's 64 MiB per derivation behave best one per process.
    pool: 'forks',
  },
});

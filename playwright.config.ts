import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './test/e2e/fixtures/chromium';

/**
 * End-to-end tests of the built renderer against the real services and dispatcher (design §5). Playwright builds
 * nothing: `npm run test:e2e` runs `vite build` first. Each test gets its own vault folder and page.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Not test-results/ itself: Playwright empties its output folder on start, and test-results/screens must survive.
  outputDir: 'test-results/e2e',
  // Two cores: one worker per core at most; each test runs Argon2id (64 MiB) in the worker and a Chromium beside it.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] },
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
    acceptDownloads: true,
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});

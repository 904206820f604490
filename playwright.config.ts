// End-to-end tests: the built renderer in Chromium (project "web"), and the packaged-to-be app in Electron
// (project "electron", which skips itself with a reason where the Electron binary is missing).
import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
const port = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'web',
      testMatch: /e2e\/.*\.spec\.ts/,
      use: { browserName: 'chromium', launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS } },
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

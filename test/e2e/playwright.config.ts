import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against a real server on a fresh embedded database with the demo organisation.
 * The browser is the system Chromium (Debian's /usr/bin/chromium); CHROMIUM_PATH overrides it.
 */
const port = Number(process.env.E2E_PORT ?? 3917);
// One data directory for the run: the workers load this file again and find it in the environment
// (journeys read delivered e-mails from its outbox).
const dataDir = process.env.OPENPO_E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-e2e-'));
process.env.OPENPO_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: path.join(os.tmpdir(), 'openpo-e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx src/cli/main.ts serve',
    cwd: path.resolve(import.meta.dirname, '../..'),
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      OPENPO_DATA_DIR: dataDir,
      OPENPO_DEMO: '1',
      // The webhook journey's endpoint is this server itself: nothing may leave the machine.
      OPENPO_WEBHOOKS_ALLOW_PRIVATE: '1',
      // The tracking journey moves the server's clock past promised dates (PUT /api/v1/test/clock).
      OPENPO_TEST_CLOCK: '1',
      LOG_LEVEL: 'warn',
    },
  },
});

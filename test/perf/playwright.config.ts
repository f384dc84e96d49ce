import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import base from '../e2e/playwright.config';

/**
 * The first-load benchmark (`npm run bench:web`): the web app in Chromium with its network and CPU
 * throttled like a mid-range phone on a slow 4G connection, against a real server on a fresh
 * embedded database with the demo organisation. It measures time, so it is a benchmark and not part
 * of the test run (a loaded machine would fail it for reasons of its own): docs/performance.md.
 */
const port = Number(process.env.BENCH_WEB_PORT ?? 3918);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-bench-web-'));

type WebServer = PlaywrightTestConfig['webServer'] & { env: Record<string, string> };
const server = base.webServer as WebServer;

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '**/*.perf.ts',
  retries: 0,
  timeout: 180_000,
  outputDir: path.join(os.tmpdir(), 'openpo-bench-web-results'),
  // No trace or screenshots: recording them would be measured too.
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}`, trace: 'off', screenshot: 'off' },
  webServer: {
    ...server,
    url: `http://127.0.0.1:${port}/healthz`,
    env: { ...server.env, PORT: String(port), OPENPO_DATA_DIR: dataDir },
  },
});

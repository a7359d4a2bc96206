import { defineConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/check-chromium.mjs';

// Browser profiles go to an ignored folder, not the shared /tmp.
const tmp = path.resolve(import.meta.dirname, '../../.tmp');
mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;

const PORT = 4173;

export default defineConfig({
  testDir: '.',
  outputDir: '../../.tmp/test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // The offline worker would answer requests the tests intercept; offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: path.resolve(import.meta.dirname, '../..'),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

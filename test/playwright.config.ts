import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import type { HarnessOptions } from './e2e/fixtures';

/** The specs where typing and clicking race autosaves and late loads: run again on a CPU four times slower, so the races show. */
const inputRaceSpecs = /[\\/](checklist|checklistWalk|firmKey|inputRaces|inventoryTabKeys)\.spec\.ts$/;

export default defineConfig<HarnessOptions>({
  testDir: path.join(import.meta.dirname, 'e2e'),
  outputDir: path.join(import.meta.dirname, '..', 'test-results'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
  projects: [
    { name: 'chromium' },
    // Slower on purpose: waits scale with the CPU, never sleeps.
    { name: 'chromium-cpu-4x', testMatch: inputRaceSpecs, use: { cpuThrottle: 4 }, expect: { timeout: 20_000 } },
  ],
});

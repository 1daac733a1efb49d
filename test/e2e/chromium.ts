import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, never a browser Playwright downloads. CHROMIUM_PATH overrides the
 * path; the flags keep Chromium from phoning home on a closed network.
 */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumLaunchOptions: LaunchOptions = { executablePath: chromiumExecutable, args: chromiumArgs };

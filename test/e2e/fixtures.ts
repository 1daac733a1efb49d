import { existsSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../electron/staticServer';
import { scriptedDialogs } from '../support/fakeDialogs';
import { makeTempDir } from '../support/tempDir';
import { installBridge } from './bridge';
import { setUpPassphrase } from './lockSteps';

export const rendererDist = path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

export interface AppHarness {
  page: Page;
  origin: string;
  /** A private temp folder for files the test saves or opens. */
  dir: string;
  /** What the "native" dialogs answer next; tests change it before clicking. */
  dialogAnswers: { open?: string; save?: string };
  /** Every request the page made, in order. */
  requests: string[];
  /** Console errors, page errors and CSP violations; each test ends by expecting none. */
  problems: string[];
}

/** Options a Playwright project sets for the tests it runs. */
export interface HarnessOptions {
  /**
   * How many times slower the page's CPU runs (DevTools `Emulation.setCPUThrottlingRate`):
   * the throttled project re-runs the specs where typing and clicking race saves and loads.
   */
  cpuThrottle: number;
}

/** The dialog answers of each page the harness opened, for step helpers given only the page (packSteps.ts). */
export const dialogAnswersOf = new WeakMap<Page, { open?: string; save?: string }>();

export const test = base.extend<{ app: AppHarness; unlocked: boolean } & HarnessOptions, { server: StaticServer }>({
  /** Whether the app fixture sets up a passphrase and opens the app; lock tests turn it off. */
  unlocked: [true, { option: true }],
  cpuThrottle: [1, { option: true }],
  server: [
    async ({}, use) => {
      if (!existsSync(path.join(rendererDist, 'index.html')))
        throw new Error('Build the renderer first: npm run build');
      const server = await startStaticServer(rendererDist, 0);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ context, page, server, unlocked, cpuThrottle }, use) => {
    if (cpuThrottle > 1)
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    const { dir, cleanup } = await makeTempDir('clinic-assessor-e2e-');
    const dialogAnswers: AppHarness['dialogAnswers'] = {};
    await installBridge(context, server.url, {
      dialogs: scriptedDialogs(dialogAnswers),
      identity: {
        name: 'Clinic Assessor',
        version: '0.0.0-test',
        versions: { electron: 'test' },
        platform: process.platform,
      },
    });
    const requests: string[] = [];
    const problems: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    dialogAnswersOf.set(page, dialogAnswers);
    await page.goto(`${server.url}/`);
    if (unlocked) await setUpPassphrase(page);
    await use({ page, origin: server.url, dir, dialogAnswers, requests, problems });
    await cleanup();
    expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
  },
});

export { expect };
export type { Page } from '@playwright/test';

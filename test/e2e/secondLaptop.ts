import type { Browser, Page } from '@playwright/test';
import type { StaticServer } from '../../electron/staticServer';
import { scriptedDialogs } from '../support/fakeDialogs';
import { installBridge } from './bridge';
import { dialogAnswersOf } from './fixtures';
import { setUpPassphrase } from './lockSteps';

/** Another computer: a browser profile of its own with its own passphrase, open on the app. */
export async function openSecondLaptop(
  browser: Browser,
  server: StaticServer,
  passphrase: string,
): Promise<{ page: Page; dialogs: { open?: string; save?: string }; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const dialogs: { open?: string; save?: string } = {};
  await installBridge(context, server.url, {
    dialogs: scriptedDialogs(dialogs),
    identity: { name: 'Clinic Assessor', version: 'test', versions: {}, platform: 'linux' },
  });
  const page = await context.newPage();
  dialogAnswersOf.set(page, dialogs);
  await page.goto(`${server.url}/`);
  await setUpPassphrase(page, passphrase);
  return { page, dialogs, close: () => context.close() };
}

import path from 'node:path';
import { expect, test } from './fixtures';
import { unlock } from './lockSteps';
import { areas } from '../../renderer/routing/areas';

test('a full session makes no request to any origin but the app itself', async ({ app }) => {
  const { page, dir, dialogAnswers, requests, origin } = app;
  for (const area of areas) {
    await page.getByRole('link', { name: area.label }).click();
    await expect(page.getByRole('heading', { level: 1, name: area.label })).toBeVisible();
  }
  dialogAnswers.save = path.join(dir, 'diagnostics.json');
  await page.getByRole('button', { name: 'Save diagnostics file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved diagnostics.json.');
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(requests.length).toBeGreaterThan(2);
  const elsewhere = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(elsewhere).toEqual([]);
});

test('the served page carries the strict Content-Security-Policy', async ({ app }) => {
  const response = await app.page.request.get(`${app.origin}/`);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  // Script the page adds at run time is held to the policy: inline code and eval are refused.
  const outcome = await app.page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    const timers = window as unknown as { setTimeout(code: string): void };
    timers.setTimeout('window.__evalRan = true;');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const flags = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
    return { inline: flags.__inlineRan ?? false, evaluated: flags.__evalRan ?? false, violations };
  });
  expect(outcome.inline).toBe(false);
  expect(outcome.evaluated).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
  // The browser reports those refusals on the console; they are what this test expects.
  app.problems.length = 0;
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { areas } from '../../renderer/routing/areas';
import { expect, test } from './fixtures';
import { unlock } from './lockSteps';

test('opens on the Clinics screen with every area in the main navigation', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Clinics' })).toBeVisible();
  await expect(page).toHaveTitle('Clinics · Clinic Assessor');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(areas.map((a) => a.label));
  await expect(nav.getByRole('link', { name: 'Clinics' })).toHaveAttribute('aria-current', 'page');
});

test('every area opens from the navigation, keeps its place on reload and is accessible', async ({ app }) => {
  const { page } = app;
  for (const area of [...areas].reverse()) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area.label }).click();
    await expect(page.getByRole('heading', { level: 1, name: area.label })).toBeFocused();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area.label }),
    ).toHaveAttribute('aria-current', 'page');
    const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(scan.violations.map((v) => `${area.label}: ${v.id} ${v.help}`)).toEqual([]);
  }
  await page.getByRole('link', { name: 'Reports' }).click();
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
});

test('the navigation works from the keyboard alone', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Clinics' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lock' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Clinics' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Checklist' })).toBeFocused();
  await page.getByRole('main').getByRole('link', { name: 'Clinics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinics' })).toBeVisible();
});

test('Settings shows what the main process reports about the app', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  const facts = page.getByRole('definition');
  await expect(page.getByRole('region', { name: 'About Clinic Assessor' })).toContainText('0.0.0-test');
  await expect(facts.filter({ hasText: 'Desktop app' })).toHaveCount(1);
});

test('saving the diagnostics file writes it through the real atomic save handler', async ({ app }) => {
  const { page, dir, dialogAnswers } = app;
  const target = path.join(dir, 'diagnostics.json');
  dialogAnswers.save = target;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Save diagnostics file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved diagnostics.json.');
  const saved = JSON.parse(await readFile(target, 'utf8')) as { app: { version: string }; userAgent: string };
  expect(saved.app.version).toBe('0.0.0-test');
  expect(saved.userAgent).toContain('Chrome');
});

test('a failed save shows the handler message and the user can try again', async ({ app }) => {
  const { page, dir, dialogAnswers } = app;
  dialogAnswers.save = path.join(dir, 'no-such-folder', 'diagnostics.json');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Save diagnostics file…' }).click();
  await expect(page.getByRole('alert')).toHaveText('The file or folder no longer exists, so saving the file failed.');
  dialogAnswers.save = path.join(dir, 'diagnostics.json');
  await page.getByRole('button', { name: 'Save diagnostics file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved diagnostics.json.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

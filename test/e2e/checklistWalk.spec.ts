import { expect, test } from './fixtures';
import { sections } from '../../shared/checklists/checklist';

test.describe.configure({ timeout: 180_000 });

/** Every section, every question that shows, answered through its own control, by walking Next. */
test('walk the whole checklist with Next, answering every question through the UI', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Clinic name').fill('Walkthrough Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('link', { name: 'Open checklist' }).click();

  for (const [index, section] of sections.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
    // Answer until no question of this section is left unanswered (answers can reveal follow-ups).
    for (let round = 0; round < 5; round++) {
      let answered = 0;
      // Each question by its id, not by position: a follow-up that appears when an answer
      // saves shifts the positions, and a position would then point at another question
      // (whose status line is still empty).
      const ids = await page
        .locator('.question')
        .evaluateAll((all) => all.map((q) => q.getAttribute('data-question') ?? ''));
      for (const id of ids) {
        const question = page.locator(`.question[data-question="${id}"]`);
        const radios = question.getByRole('radio');
        const boxes = question.getByRole('checkbox');
        const number = question.getByRole('spinbutton');
        const text = question.locator('input[type="text"], textarea').first();
        if ((await radios.count()) > 0) {
          if ((await question.locator('input[type="radio"]:checked').count()) > 0) continue;
          await radios.first().check();
        } else if ((await boxes.count()) > 0) {
          if ((await question.locator('input[type="checkbox"]:checked').count()) > 0) continue;
          await boxes.first().check();
        } else if ((await number.count()) > 0) {
          if ((await number.inputValue()) !== '') continue;
          await number.fill('2');
          await number.blur();
        } else if ((await question.getByText(/No (networks|devices) recorded yet/).count()) > 0) {
          continue;
        } else if ((await text.count()) > 0) {
          if ((await text.inputValue()) !== '') continue;
          await text.fill(`Answer to ${id}`);
          await text.blur();
        } else {
          continue;
        }
        await expect(question.getByRole('status')).toHaveText('All changes saved');
        answered += 1;
      }
      if (answered === 0) break;
    }
    const next = sections[index + 1];
    if (next) await page.getByRole('link', { name: `Next: ${next.title} →` }).click();
  }

  // Network and asset pickers have nothing to pick without an inventory; everything else is answered.
  const progress = await page.getByText(/of \d+ answered/).textContent();
  const [, done, total] = /(\d+) of (\d+) answered/.exec(progress ?? '') ?? [];
  expect(Number(total) - Number(done)).toBeLessThanOrEqual(2);
  await expect(page.getByText(/required missing/)).toHaveCount(0);
  for (const section of sections) {
    await expect(
      page
        .getByRole('navigation', { name: 'Checklist sections' })
        .getByRole('link', { name: new RegExp(section.title) }),
    ).not.toContainText('required');
  }
});

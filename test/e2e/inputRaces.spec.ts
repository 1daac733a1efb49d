import type { QuestionId } from '../../shared/checklists/questionIds';
import { expect, test, type Page } from './fixtures';
import { unlock } from './lockSteps';
import { countRows, holdTable } from './storeHold';

/** Typing and clicking at once, as an assessor does: nothing typed or clicked is lost. The throttled project runs this again on a slow CPU. */

async function openChecklist(page: Page): Promise<void> {
  await page.getByLabel('Clinic name').fill('Hawthorn Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('link', { name: 'Open checklist' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Clinic profile' })).toBeVisible();
}

const question = (page: Page, id: QuestionId) => page.locator(`.question[data-question="${id}"]`);

test('a click right after typing in a number field lands, and its follow-ups appear', async ({ app }) => {
  const { page } = app;
  await openChecklist(page);
  const workstations = question(page, 'profile.workstations');
  const emr = question(page, 'profile.emr-in-use');
  // Type, then click the next question's radio at once: no pause for the autosave.
  await workstations.getByRole('spinbutton').pressSequentially('12');
  await emr.getByLabel('Yes').click();
  await expect(emr.getByLabel('Yes')).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Where is the EMR hosted?' })).toBeVisible();
  await expect(workstations.getByRole('status')).toHaveText('All changes saved');
  await expect(emr.getByRole('status')).toHaveText('All changes saved');

  // The same with a checkbox-like choice further down, after typing in a note.
  const support = question(page, 'profile.it-support');
  await page.getByRole('radiogroup', { name: 'Where is the EMR hosted?' }).getByLabel('Both').click();
  await support.getByLabel('Managed service provider').click();
  await expect(page.getByRole('textbox', { name: 'Which MSP, and how do they connect?' })).toBeVisible();

  await page.reload();
  await unlock(page);
  await expect(question(page, 'profile.workstations').getByRole('spinbutton')).toHaveValue('12');
  await expect(question(page, 'profile.emr-in-use').getByLabel('Yes')).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Where is the EMR hosted?' }).getByLabel('Both')).toBeChecked();
});

test('status lines and validation messages keep their space: nothing below moves while a field saves or fails', async ({
  app,
}) => {
  const { page } = app;
  await openChecklist(page);
  const sites = question(page, 'profile.sites');
  const emrYes = question(page, 'profile.emr-in-use').getByLabel('Yes');
  await expect(emrYes).toBeVisible();
  // Every frame, where the next questions' controls sit; any move is kept.
  await page.evaluate(() => {
    const watched = [
      ...document.querySelectorAll(
        '.question[data-question="profile.staff"] input, .question[data-question="profile.emr-in-use"] input',
      ),
    ];
    const first = watched.map((e) => e.getBoundingClientRect().top);
    const moves: string[] = [];
    (window as unknown as { layoutMoves: string[] }).layoutMoves = moves;
    const frame = () => {
      watched.forEach((e, i) => {
        const top = e.getBoundingClientRect().top;
        if (top !== first[i]) moves.push(`${i}: ${first[i]} → ${top}`);
      });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const field = sites.getByRole('spinbutton');
  await field.pressSequentially('3');
  await expect(sites.getByRole('status')).toHaveText('Unsaved changes…');
  await field.blur();
  await expect(sites.getByRole('status')).toHaveText('All changes saved');
  // A value out of range: the message takes the status line's place.
  await field.fill('0');
  await field.blur();
  await expect(sites.getByRole('alert')).toContainText('Enter at least 1.');
  await field.fill('4');
  await field.blur();
  await expect(sites.getByRole('status')).toHaveText('All changes saved');
  await expect(sites.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { layoutMoves: string[] }).layoutMoves)).toEqual([]);
});

test('a signing name typed while the stored name loads is kept as typed, alone', async ({ app }) => {
  const { page } = app;
  // Straight to Settings and straight into the field: the stored default may still be on its way.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const name = page.getByLabel('Your name on signed files');
  await name.fill('Dana Whitfield');
  await expect(name).toHaveValue('Dana Whitfield');
  await expect(page.getByLabel('Your key fingerprint')).toBeVisible();
  await expect(name).toHaveValue('Dana Whitfield');
  await page.reload();
  await unlock(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Your name on signed files')).toHaveValue('Dana Whitfield');
});

test('follow-ups show as soon as their answer is clicked, before it is saved, and Next carries them on', async ({
  app,
}) => {
  const { page } = app;
  await openChecklist(page);
  const sectionLink = (name: RegExp) =>
    page.getByRole('navigation', { name: 'Checklist sections' }).getByRole('link', { name });
  await sectionLink(/Medical devices/).click();
  const present = question(page, 'devices.present');
  await expect(present.getByLabel('Yes')).toBeVisible();
  const progress = page.locator('label[for="overall-progress"]');
  const answered = Number(/^\s*(\d+) of/.exec((await progress.textContent()) ?? '')?.[1]);
  const rows = await countRows(page, 'answers');
  // Saves and the answers' live query wait on the table, as on a slow computer.
  const release = await holdTable(page, 'answers');
  await present.getByLabel('Yes').click();
  await expect(present.getByRole('status')).toHaveText('Saving…');
  const recorded = question(page, 'devices.recorded');
  await expect(recorded).toBeVisible();
  await recorded.getByLabel('No', { exact: true }).click();
  await expect(recorded.getByLabel('No', { exact: true })).toBeChecked();
  await expect(progress).toHaveText(new RegExp(`^\\s*${answered + 2} of \\d+ answered`));
  // The next section's question that the answer reveals is there too, the saves still waiting.
  await page.getByRole('link', { name: 'Next: Networks and segmentation →' }).click();
  await expect(question(page, 'network.medical-device-networks')).toBeVisible();
  await release();
  await expect.poll(() => countRows(page, 'answers')).toBe(rows + 2);

  await page.reload();
  await unlock(page);
  await sectionLink(/Medical devices/).click();
  await expect(question(page, 'devices.present').getByLabel('Yes')).toBeChecked();
  await expect(question(page, 'devices.recorded').getByLabel('No', { exact: true })).toBeChecked();
});

test('a page opened while a new clinic is still being saved stays open: the later click wins', async ({ app }) => {
  const { page } = app;
  await expect(page.getByLabel('Clinic name')).toBeVisible();
  // The clinic's save waits on its table, as on a slow disk; meanwhile the assessor opens Settings.
  const release = await holdTable(page, 'clinics');
  await page.getByLabel('Clinic name').fill('Hillcrest Clinic');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await release();
  await expect.poll(() => countRows(page, 'clinics')).toBe(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Current passphrase')).toBeVisible();
  expect(app.problems).toEqual([]);
});

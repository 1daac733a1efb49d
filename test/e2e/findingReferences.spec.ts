import { expect, test } from './fixtures';

test('a finding card names its HIPAA, HICP, CPG and CSF references, and opens to their titles', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  // Loading the sample takes a while on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible({ timeout: 30_000 });
  const osGroup = page.getByRole('region', { name: /^Operating system past end of support: \d+ findings$/ });
  await osGroup.getByRole('button', { name: /Show each finding/ }).click();
  const card = osGroup.getByRole('article').filter({ hasText: 'XRAY-ACQ runs Windows XP Embedded' });
  const references = card.locator('details.finding-references');
  const summary = references.locator('summary');
  await expect(summary).toHaveText(
    'References: HIPAA 164.308(a)(1)(ii)(B), 164.308(a)(5)(ii)(B) · HICP 2.S.A, 2.M.A, 7.S.A, 7.M.D · CPG E1 · CSF ID.AM-08, PR.PS-02, ID.RA-01',
  );
  await expect(references.getByText('Risk management')).toBeHidden();
  await summary.click();
  const hipaa = references.getByRole('definition').first();
  await expect(references.getByRole('term').first()).toHaveText('HIPAA Security Rule');
  await expect(hipaa.getByRole('listitem').first()).toHaveText('164.308(a)(1)(ii)(B) Risk management');
  await expect(references.getByRole('listitem').filter({ hasText: '2.S.A' })).toHaveText(
    '2.S.A Basic endpoint protection controls',
  );
  await expect(references.getByRole('listitem').filter({ hasText: 'E1' })).toHaveText(
    'E1 Mitigate known vulnerabilities',
  );

  // The assessor reads it at 1024 px wide: the line wraps inside the card.
  await page.setViewportSize({ width: 1024, height: 800 });
  const cardBox = await card.boundingBox();
  const summaryBox = await summary.boundingBox();
  expect(summaryBox!.x + summaryBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
  if (process.env.SHOT) await card.screenshot({ path: process.env.SHOT });
});

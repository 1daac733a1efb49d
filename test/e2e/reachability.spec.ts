import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test("the findings page shows reachability between zones, each finding's path and owner, and a device's findings together", async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();

  // The zones matrix: the built-in zones are always there; a cell opens its path and the flows it rests on.
  const section = page.getByRole('region', { name: 'Reachability between zones' });
  const matrix = section.getByRole('table', { name: /Reachability between zones/ });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('rowheader', { name: 'Parent corporate network' })).toBeVisible();
  await expect(matrix.getByRole('rowheader', { name: 'Internet' })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /Clinic LAN/ })).toContainText('clinical');
  const cell = matrix.getByRole('button', { name: /^Parent corporate network to Clinic LAN: / });
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  const details = section.getByRole('region', { name: 'Path from Parent corporate network to Clinic LAN' });
  await expect(details).toContainText(/Path\s*Parent corporate network → Clinic LAN/);
  await expect(details.getByRole('table', { name: 'Flows on this path' }).getByRole('row')).not.toHaveCount(1);
  await expect(details.getByRole('link', { name: 'Flows in the inventory' })).toHaveAttribute(
    'href',
    /#\/inventory\/.+\/flows$/,
  );
  await section.getByText('Zone diagram').click();
  await expect(section.getByRole('img', { name: /^Zone diagram: / })).toBeVisible();
  const open = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(
    open.violations.map(
      (v) =>
        `${v.id} ${v.help}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
  await cell.click();
  await expect(details).toBeHidden();

  // A finding with its path in words and who acts on it.
  const bridge = page.getByRole('region', {
    name: /^Vendor link reaches the parent's corporate network: \d+ findings$/,
  });
  await expect(bridge).toContainText("Owner: The parent's IT");
  await bridge.getByRole('button', { name: /Show each finding/ }).click();
  const radiView = bridge.getByRole('article').filter({ hasText: 'RadiView' });
  await expect(radiView.getByRole('list', { name: 'Path evidence' })).toContainText(
    /Path: RadiView Imaging VPN → .*Parent corporate network/,
  );

  // By device: the X-ray workstation's findings under its name, with each one's owner.
  await page.getByLabel('Group').selectOption('device');
  const xray = page.getByRole('region', { name: /^XRAY-ACQ: \d+ findings$/ });
  await expect(xray).toBeVisible();
  await expect(xray.getByRole('list', { name: 'On XRAY-ACQ' })).toContainText('The device maker');
  await expect(xray.getByRole('list', { name: 'On XRAY-ACQ' })).toContainText('Operating system past end of support');
  const byDevice = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(byDevice.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
  await page.getByLabel('Group').selectOption('kind');
  await expect(xray).toBeHidden();
});

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
// The page's window.clinicAssessor type, as the renderer declares it.
import type {} from '../../renderer/platform/api';

test('the page reaches the real open-file handler through the preload object', async ({ app }) => {
  const { page, dir, dialogAnswers } = app;
  dialogAnswers.open = path.join(dir, 'scan.xml');
  await writeFile(dialogAnswers.open, '<nmaprun>é</nmaprun>');
  const result = await page.evaluate(async () => {
    const answer = await window.clinicAssessor!.openFile({ filters: [{ name: 'Nmap XML', extensions: ['xml'] }] });
    return answer.ok && !answer.value.canceled
      ? {
          name: answer.value.name,
          isBytes: answer.value.bytes instanceof Uint8Array,
          text: new TextDecoder().decode(answer.value.bytes),
        }
      : answer;
  });
  expect(result).toEqual({ name: 'scan.xml', isBytes: true, text: '<nmaprun>é</nmaprun>' });
});

test('the size limit and request validation hold for calls from the page', async ({ app }) => {
  const { page, dir, dialogAnswers } = app;
  dialogAnswers.open = path.join(dir, 'big.bin');
  await writeFile(dialogAnswers.open, new Uint8Array(4096));
  const tooLarge = await page.evaluate(() => window.clinicAssessor!.openFile({ maxBytes: 1024 }));
  expect(tooLarge).toMatchObject({ ok: false, error: { code: 'too-large' } });
  const malformed = await page.evaluate(() =>
    window.clinicAssessor!.saveFile({ suggestedName: '../escape.txt', bytes: new Uint8Array([1]) }),
  );
  expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});

test('the preload object cannot be replaced by page script', async ({ app }) => {
  const replaced = await app.page.evaluate(() => {
    const api = window.clinicAssessor as unknown as Record<string, unknown>;
    try {
      api.openFile = () => 'hijacked';
    } catch {
      // strict-mode assignment to a frozen object throws; either way it must not stick
    }
    return api.openFile === undefined || typeof (api.openFile as () => unknown)() === 'string';
  });
  expect(replaced).toBe(false);
});

/**
 * Placeholder for the pack helper's steps (branch h/pack writes the real file): builds a
 * pack signed with a firm key the app trusts, imports it through Settings → Content pack,
 * and returns once it is in force. Replaced at merge.
 */
import type { Page } from '@playwright/test';

export async function applyPack(_page: Page, _profile: Record<string, unknown>, _name?: string): Promise<void> {
  await Promise.resolve();
  throw new Error('applyPack is wired at merge');
}

/**
 * Every user action of a test goes through here and is counted: a click, a fill, a choice
 * in a select, a key press. Waiting for and reading the screen is not an action.
 */
import { expect, type Locator } from '@playwright/test';

export class ActionCounter {
  count = 0;

  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }

  async fill(target: Locator, value: string): Promise<void> {
    this.count += 1;
    await target.fill(value);
  }

  async select(target: Locator, label: string): Promise<void> {
    this.count += 1;
    await target.selectOption({ label });
  }

  async check(target: Locator): Promise<void> {
    this.count += 1;
    await target.check();
  }

  async press(target: Locator, key: string): Promise<void> {
    this.count += 1;
    await target.press(key);
  }

  /**
   * Sets a form field to `value` only where it shows something else, as a person would:
   * a field not shown (it does not apply to this kind) must be meant to stay empty.
   */
  async set(control: Locator, value: string, isSelect: boolean, blank: string): Promise<void> {
    if ((await control.count()) === 0) {
      expect(value, 'a value for a field the form does not show').toBe(blank);
      return;
    }
    const shown = isSelect
      ? await control.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
      : await control.inputValue();
    if (shown === value) return;
    if (isSelect) await this.select(control, value);
    else await this.fill(control, value);
  }
}

/**
 * Arrow keys on a tab list that move the focus at once. Radix's roving focus moves it in a
 * timer after the key (@radix-ui/react-roving-focus), so a second key pressed before that
 * timer fires (key repeat, two quick presses on a busy machine) starts again from the old
 * tab and is lost: two presses of the left arrow moved one tab. Handled here, in the
 * capture phase, each press starts from the tab the last one focused; focusing a tab still
 * selects it through Radix's own focus handler.
 */
import type { KeyboardEvent } from 'react';

const steps: Record<string, number | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowLeft: -1,
  Home: 'first',
  End: 'last',
};

export function moveTabFocusAtOnce(event: KeyboardEvent<HTMLElement>) {
  const step = steps[event.key];
  if (step === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not([disabled])')];
  const from = tabs.indexOf(event.target as HTMLElement);
  if (from < 0) return;
  const to = step === 'first' ? 0 : step === 'last' ? tabs.length - 1 : (from + step + tabs.length) % tabs.length;
  event.preventDefault();
  event.stopPropagation();
  tabs[to]?.focus();
}

import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab go round a modal sheet's own controls: past its last one, to its first, and back. The sheet gets
 * `tabIndex={-1}`: a click on its text then gives the focus to the sheet, not to the page's body, where neither this
 * nor the sheet's Escape would be heard. A sheet over
 * the whole window (aria-modal) that let Tab go on would put the keys on the page behind it, which the person cannot
 * see, and a Space there could press a button of the chrome while the post or the link still waits for an answer.
 */
export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getAttribute('aria-disabled') !== 'true' || el === document.activeElement);
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const at = document.activeElement;
  // (The sheet itself has the focus after a click on its text: tabIndex -1, so that its keys stay heard. From there,
  // as from outside it, Tab goes to its first control and Shift+Tab to its last.)
  const outside = at === event.currentTarget || !event.currentTarget.contains(at);
  if (event.shiftKey && (at === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (at === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

import { useLayoutEffect, type RefObject } from 'react';

/** How many open sheets made each element inert: two sheets at once (a link question and a post) share the page behind. */
const inertBy = new Map<Element, number>();

/**
 * A sheet over the whole window is modal for the keyboard and screen readers too: while it is up, everything else in
 * the page is inert (Tab, a click on the backdrop then Tab, and a screen reader's own cursor reach only the sheet), and
 * when it goes the focus returns to what had it before (the composer's link, the draft), not to the page's body.
 * Live regions stay live: what they say may be about the sheet's own answer.
 */
export function useModalSheet(sheet: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const element = sheet.current;
    const made: Element[] = [];
    const root = document.getElementById('root') ?? document.body;
    for (let at: Element | null = element; at && at !== root && at.parentElement; at = at.parentElement) {
      for (const sibling of at.parentElement.children) {
        if (sibling === at || sibling.hasAttribute('aria-live')) continue;
        const count = inertBy.get(sibling) ?? 0;
        if (count === 0 && sibling.hasAttribute('inert')) continue; // (inert for its own reason: not ours to undo)
        inertBy.set(sibling, count + 1);
        sibling.setAttribute('inert', '');
        made.push(sibling);
      }
    }
    return () => {
      for (const other of made) {
        const count = (inertBy.get(other) ?? 1) - 1;
        if (count > 0) {
          inertBy.set(other, count);
          continue;
        }
        inertBy.delete(other);
        other.removeAttribute('inert');
      }
      // (Not if the opener went meanwhile, or the focus already moved on: a newer sheet, or the person, has it.)
      const focusLeft = !document.activeElement || document.activeElement === document.body || element?.contains(document.activeElement);
      if (opener?.isConnected && focusLeft) opener.focus();
    };
  }, [sheet]);
}

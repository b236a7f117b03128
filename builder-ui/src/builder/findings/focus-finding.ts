/**
 * "Take me there": after a click on a finding (or on a Decree 42 checklist item) the editor shows
 * the tab, then focuses the control marked (`data-pointer`) with the closest place to the
 * finding's anchor — the control whose message it is.
 */
import { findingAnchor, isWithin, type PrefillTargets } from './finding-anchor';

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]';

/** The marked element closest to `anchor` (the innermost of equally close ones), or null. */
export function targetOf(root: ParentNode, anchor: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLength = -1;
  for (const el of root.querySelectorAll<HTMLElement>('[data-pointer]')) {
    const at = el.dataset.pointer ?? '';
    // Later wins a tie: querySelectorAll lists a wrapper before what it contains.
    if (isWithin(anchor, at) && at.length >= bestLength) {
      best = el;
      bestLength = at.length;
    }
  }
  return best;
}

/**
 * Focuses the control for the finding at `pointer` inside `root`: the marked element itself when
 * it takes focus, else the first control inside it, else the element as a region. False when no
 * element on screen is marked for it (the caller then focuses the tab panel).
 */
export function focusFinding(root: ParentNode, pointer: string, procedure?: PrefillTargets): boolean {
  const target = targetOf(root, findingAnchor(pointer, procedure));
  if (!target) return false;
  let control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  if (!control) {
    target.tabIndex = -1;
    control = target;
  }
  control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}

/**
 * "Take me there": a checklist item or a finding names a JSON pointer; the editor switches to the
 * tab that edits it and focuses the nearest control marked with that pointer (`data-pointer`).
 * A window event keeps the sender (e.g. the Decree 42 checklist) free of the editor's state.
 */
import { useEffect } from 'react';

const EVENT = 'tthc:go-to-pointer';

/** Asks the editor to show the place `pointer` (e.g. '/steps/1/inPerson'). */
export function goToPointer(pointer: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: pointer }));
}

/** The closest element for `pointer`: itself, else its nearest marked parent pointer. */
function findTarget(pointer: string): HTMLElement | null {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = document.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(p)}"]`);
    if (found || p === '') return found;
  }
}

/**
 * In the editor: `showTab(pointer)` switches to the tab for that pointer; the control is then
 * focused (or, when it cannot take focus, scrolled to and given focus as a region).
 */
export function useGoToPointer(showTab: (pointer: string) => void): void {
  useEffect(() => {
    const onGo = (event: Event) => {
      const pointer = (event as CustomEvent<string>).detail;
      showTab(pointer);
      // The tab renders on the next frame.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const target = findTarget(pointer);
          if (!target) return;
          if (!target.matches('input, select, textarea, button, [tabindex]')) target.tabIndex = -1;
          target.scrollIntoView({ block: 'center' });
          target.focus();
        }),
      );
    };
    window.addEventListener(EVENT, onGo);
    return () => window.removeEventListener(EVENT, onGo);
  }, [showTab]);
}

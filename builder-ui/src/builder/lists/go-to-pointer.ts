/**
 * "Take me there" from outside the editor's state: a checklist item (the Decree 42 checklist on
 * the identity tab) names a JSON pointer; the editor shows the tab that edits it and focuses its
 * control, exactly as for a click on a checker finding. A window event keeps the sender free of
 * the editor's state.
 */
import { useEffect } from 'react';

const EVENT = 'tthc:go-to-pointer';

/** Asks the editor to show the place `pointer` (e.g. '/steps/1/inPerson'). */
export function goToPointer(pointer: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: pointer }));
}

/** In the editor: `goTo(pointer)` is called for each request. */
export function useGoToPointer(goTo: (pointer: string) => void): void {
  useEffect(() => {
    const onGo = (event: Event) => goTo((event as CustomEvent<string>).detail);
    window.addEventListener(EVENT, onGo);
    return () => window.removeEventListener(EVENT, onGo);
  }, [goTo]);
}

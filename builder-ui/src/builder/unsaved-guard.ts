/**
 * Unsaved edits are not dropped silently: closing or reloading the page asks the browser's own
 * question (beforeunload), and following an in-app link (#/…) asks first.
 */
import { useEffect } from 'react';

/** While `dirty`, guards leaving the page and in-app navigation with `question`. */
export function useUnsavedGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a return value to show the prompt.
      event.returnValue = '';
    };
    // Capture phase: runs before the router sees the hash change.
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!link || event.defaultPrevented) return;
      if (!window.confirm(question)) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty, question]);
}

/**
 * Unsaved edits are never dropped silently. While there are some:
 * - closing or reloading the tab asks the browser's own question (beforeunload);
 * - following an in-app link (#/…) is held and the officer is asked first;
 * - any other change of the hash route — the browser's Back and Forward buttons, a typed address,
 *   a programmatic `go()` — is undone at once (the editor's address is put back before the router
 *   sees the change) and the officer is asked; "Rời đi" then completes the navigation;
 * - an in-editor step that would replace the draft (opening another version) asks the same way.
 * The question is the app's own accessible dialog (focus on "Ở lại", Escape stays, focus returns).
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useText } from '../i18n/lang';

/** A navigation held until the officer answers. */
type Held =
  | { kind: 'link'; href: string }
  | { kind: 'history'; href: string }
  /** An in-editor step that replaces the draft (opening another version). */
  | { kind: 'action'; run: () => void };

export interface UnsavedGuard {
  /** The question, to render (null when not asking). */
  dialog: ReactNode;
  /** Runs `action` now, or after the officer chose "Rời đi" when there are unsaved edits. */
  confirm(action: () => void): void;
}

/** While `dirty`, guards leaving the editor. */
export function useUnsavedGuard(dirty: boolean): UnsavedGuard {
  const [held, setHeld] = useState<Held | null>(null);
  // Set by "Rời đi": the next navigation is the officer's own and passes.
  const leaving = useRef(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!dirty) return;
    // The editor's address: what is put back when a navigation is held.
    let here = window.location.href;
    leaving.current = false;
    const ask = (next: Held) => {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setHeld(next);
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a return value to show the prompt.
      event.returnValue = '';
    };
    // Capture phase: runs before the link's default action and before the router.
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href^="#/"]');
      if (!link || event.defaultPrevented || leaving.current) return;
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      ask({ kind: 'link', href: link.getAttribute('href') ?? '#/' });
    };
    // Registered in the capture phase on window, so it runs before the router's listener and can
    // stop it: the route on screen never changes while the question is open.
    const navigated = (event: Event) => {
      if (window.location.href === here) {
        // The echo of our own restore (hashchange after popstate): nothing happened.
        event.stopImmediatePropagation();
        return;
      }
      if (leaving.current) {
        here = window.location.href;
        // Back fires popstate then hashchange; a link only hashchange, which always comes last.
        if (event.type === 'hashchange') leaving.current = false;
        return;
      }
      event.stopImmediatePropagation();
      const target = window.location.href;
      // Put the editor's address back as a new entry: Back then returns to the target.
      window.history.pushState(window.history.state, '', here);
      ask({ kind: 'history', href: target });
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    window.addEventListener('popstate', navigated, true);
    window.addEventListener('hashchange', navigated, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
      window.removeEventListener('popstate', navigated, true);
      window.removeEventListener('hashchange', navigated, true);
    };
  }, [dirty]);

  const confirm = (action: () => void) => {
    if (!dirty) return action();
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHeld({ kind: 'action', run: action });
  };
  if (!held) return { dialog: null, confirm };
  const stay = () => {
    setHeld(null);
    returnFocus.current?.focus();
  };
  const leave = () => {
    setHeld(null);
    if (held.kind === 'action') return held.run();
    leaving.current = true;
    if (held.kind === 'link') window.location.hash = held.href.replace(/^#/, '');
    // The entry before the restored one is where the officer was going.
    else window.history.back();
  };
  return { dialog: <LeaveDialog onStay={stay} onLeave={leave} />, confirm };
}

/** "Có thay đổi chưa lưu": a modal dialog; focus starts on the safe answer. */
function LeaveDialog({ onStay, onLeave }: { onStay(): void; onLeave(): void }) {
  const { L } = useText();
  const ref = useRef<HTMLDialogElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    stayButton.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      data-testid="leave-dialog"
      onCancel={(event) => {
        // Escape: stay (the dialog is closed by React, not by the browser).
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-title">{L('Có thay đổi chưa lưu', 'Unsaved changes')}</h2>
      <p id="leave-text">
        {L(
          'Nếu rời trang bây giờ, các thay đổi chưa lưu của thủ tục này sẽ mất. Ở lại để bấm "Lưu" trước?',
          'If you leave now, the unsaved changes to this procedure are lost. Stay and press "Save" first?',
        )}
      </p>
      <div className="row wrap">
        <button type="button" className="primary" ref={stayButton} onClick={onStay}>
          {L('Ở lại', 'Stay')}
        </button>
        <button type="button" onClick={onLeave}>
          {L('Rời đi', 'Leave')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Removing an item from a list can be taken back: instead of asking first (a confirm dialog that
 * officers learn to click through), the removal happens at once and a polite live region says
 * "Đã xóa «…». [Hoàn tác]", which puts the item back at its place. The offer lasts until the list
 * is edited otherwise (the restored place would no longer be right) or about 10 seconds.
 */
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useText } from '../../i18n/lang';
import './editors.css';

interface Removed<T> {
  item: T;
  index: number;
  label: string;
  /** The list right after the removal: while it is unchanged, undo is still safe. */
  after: readonly T[];
}

const OFFER_MS = 10_000;

/**
 * Whether the list is still the one the removal left. Items are compared by identity, then by
 * value: some editors get their list rebuilt from the document on every change (a field's choices
 * are read back from the designed form), with equal items that are new objects.
 */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || JSON.stringify(x) === JSON.stringify(b[i]));
}

/**
 * `remove(index, label)` removes and offers the undo; `notice` is the live region to render once
 * (always present, so screen readers hear what is put into it). `restore` (default `commit`)
 * receives the list with the item back (for lists whose items are referenced elsewhere, or to move
 * focus to the restored item). See useUndoableRows for a table or list of plain rows.
 */
export function useUndoableRemoval<T>(
  items: readonly T[],
  commit: (next: T[]) => void,
  restore?: (next: T[], item: T, index: number) => void,
): { remove(index: number, label: string): void; notice: ReactNode } {
  const { L } = useText();
  const [removed, setRemoved] = useState<Removed<T> | null>(null);
  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(null), OFFER_MS);
    return () => clearTimeout(timer);
  }, [removed]);
  const current = removed && sameItems(items, removed.after) ? removed : null;
  const remove = (index: number, label: string) => {
    const item = items[index];
    if (item === undefined) return;
    const after = items.filter((_, j) => j !== index);
    setRemoved({ item, index, label, after });
    commit(after);
  };
  const undo = () => {
    if (!current) return;
    const next = [...items];
    next.splice(current.index, 0, current.item);
    setRemoved(null);
    if (restore) restore(next, current.item, current.index);
    else commit(next);
  };
  const notice = (
    <div className="undo-notice" role="status" aria-live="polite" data-testid="undo-removal">
      {current && (
        <>
          {L(`Đã xóa «${current.label}».`, `Removed “${current.label}”.`)}{' '}
          <button type="button" className="link" onClick={undo}>
            {L('Hoàn tác', 'Undo')}
          </button>
        </>
      )}
    </div>
  );
  return { remove, notice };
}

/**
 * The same for a table or list of rows whose remove buttons carry `data-remove={index}` inside
 * `root`: an undone removal puts the focus on the restored row's own remove button, which takes
 * the place of the "Hoàn tác" that vanished (the keyboard user's place is kept).
 */
export function useUndoableRows<T>(
  items: readonly T[],
  commit: (next: T[]) => void,
  root: RefObject<HTMLElement | null>,
): { remove(index: number, label: string): void; notice: ReactNode } {
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null) return;
    root.current?.querySelector<HTMLElement>(`[data-remove="${focusAt.current}"]`)?.focus();
    focusAt.current = null;
  });
  return useUndoableRemoval(items, commit, (next, _item, index) => {
    focusAt.current = index;
    commit(next);
  });
}

/**
 * A list the officer edits item by item: add, remove and move up/down with buttons (keyboard and
 * screen-reader friendly: each button names its item). Focus follows a moved item's button so a
 * keyboard user can keep moving it. A removal can be undone (see undo-removal.tsx).
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { moveItem } from '../../../../functions/core/designer/field-issues';
import { useText } from '../../i18n/lang';
import { InlineFindings } from '../findings/findings-context';
import { FieldError } from './controls';
import { useIssue } from './field-issues-context';
import { useUndoableRemoval } from './undo-removal';
import './editors.css';

interface Props<T> {
  items: readonly T[];
  onChange(next: T[]): void;
  /** Pointer of the list, e.g. '/steps'; item i is at `${at}/${i}`. */
  at: string;
  /** What one item is called, e.g. "Bước" → "Bước 2". */
  noun: string;
  addLabel: string;
  newItem(): T;
  /** The fewest items allowed (the remove button is hidden below it). */
  min?: number;
  max?: number;
  render(item: T, index: number, set: (next: T) => void): ReactNode;
  /** Extra class of each item card. */
  itemClass?: string;
  /** What the undo notice calls a removed item ("Đã xóa «…»"); default "<noun> <place>". */
  describe?(item: T): string;
  /** Puts a removed item back (default `onChange`), for items referenced elsewhere. */
  onRestore?(next: T[], item: T): void;
}

export function ListEditor<T>({
  items,
  onChange,
  at,
  noun,
  addLabel,
  newItem,
  min = 0,
  max,
  render,
  itemClass,
  describe,
  onRestore,
}: Props<T>) {
  const { L } = useText();
  const issue = useIssue(at);
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfter.current) return;
    listRef.current?.querySelector<HTMLElement>(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  const { remove, notice } = useUndoableRemoval(items, onChange, (next, item, index) => {
    // The restored item's own "Xóa" takes the focus the vanished "Hoàn tác" had.
    focusAfter.current = `:scope > li > .list-item-head [data-remove="${index}"]`;
    (onRestore ?? onChange)(next, item);
  });
  const move = (from: number, to: number, which: 'up' | 'down') => {
    // Keep focus on the same button of the moved item, or its other button at either end.
    const stay = (which === 'up' && to > 0) || (which === 'down' && to < items.length - 1);
    focusAfter.current = `:scope > li > .list-item-head [data-move="${to}-${stay ? which : which === 'up' ? 'down' : 'up'}"]`;
    onChange(moveItem(items, from, to));
  };
  return (
    <div className="list-editor" data-pointer={at}>
      <FieldError id={`${at}-err`} issue={issue} />
      <InlineFindings pointer={at} />
      <ol className="list-items" ref={listRef}>
        {items.map((item, i) => {
          const name = `${noun} ${i + 1}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity besides their place
            <li key={i} className={`card list-item ${itemClass ?? ''}`} data-pointer={`${at}/${i}`}>
              <div className="list-item-head">
                <strong>{name}</strong>
                <span className="list-item-actions">
                  <button
                    type="button"
                    className="link"
                    data-move={`${i}-up`}
                    disabled={i === 0}
                    aria-label={L(`Đưa ${name} lên`, `Move ${name} up`)}
                    onClick={() => move(i, i - 1, 'up')}
                  >
                    ↑ {L('Lên', 'Up')}
                  </button>
                  <button
                    type="button"
                    className="link"
                    data-move={`${i}-down`}
                    disabled={i === items.length - 1}
                    aria-label={L(`Đưa ${name} xuống`, `Move ${name} down`)}
                    onClick={() => move(i, i + 1, 'down')}
                  >
                    ↓ {L('Xuống', 'Down')}
                  </button>
                  {items.length > min && (
                    <button
                      type="button"
                      className="link danger"
                      data-remove={i}
                      aria-label={L(`Xóa ${name}`, `Remove ${name}`)}
                      onClick={() => remove(i, describe?.(item).trim() || name)}
                    >
                      {L('Xóa', 'Remove')}
                    </button>
                  )}
                </span>
              </div>
              {/* Findings about the item that no control inside shows (weak: an item edited by one
                  control, like a source, shows them beside that control). */}
              <InlineFindings pointer={`${at}/${i}`} weight={0} />
              {render(item, i, (next) => onChange(items.map((x, j) => (j === i ? next : x))))}
            </li>
          );
        })}
      </ol>
      {notice}
      {(max === undefined || items.length < max) && (
        <button type="button" onClick={() => onChange([...items, newItem()])}>
          + {addLabel}
        </button>
      )}
    </div>
  );
}

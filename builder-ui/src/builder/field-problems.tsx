/**
 * Checker findings shown next to the field they concern. The editor provides the current findings
 * once; any section puts `<FieldProblems at="/code" />` under a control (and `data-pointer="/code"`
 * on it, so a click on the finding in the tab's list focuses that control).
 */
import { createContext, useContext } from 'react';
import { useText } from '../i18n/lang';
import type { Problem } from './problems-list';

export const ProblemsContext = createContext<readonly Problem[]>([]);

/** The findings at `at` or below it. */
export function useProblemsAt(at: string): Problem[] {
  const all = useContext(ProblemsContext);
  return all.filter((p) => p.path === at || p.path.startsWith(`${at}/`));
}

/** The findings at `at`, in words; nothing when there are none. */
export function FieldProblems({ at }: { at: string }) {
  const { L, tx } = useText();
  const found = useProblemsAt(at);
  if (found.length === 0) return null;
  return (
    <ul className="field-problems" data-testid={`problems-at-${at}`}>
      {found.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same code may repeat at one path
        <li key={i} className={p.severity}>
          {p.severity === 'error' ? L('Lỗi: ', 'Error: ') : L('Cảnh báo: ', 'Warning: ')}
          {tx(p.message)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Focuses the control that edits `pointer` inside `root`: the element whose `data-pointer` is the
 * longest prefix of it (its first form control when it is a wrapper); false when none matches.
 */
export function focusPointer(root: ParentNode, pointer: string): boolean {
  let best: HTMLElement | null = null;
  let bestLength = -1;
  for (const el of root.querySelectorAll<HTMLElement>('[data-pointer]')) {
    const at = el.dataset.pointer ?? '';
    const matches = pointer === at || pointer.startsWith(`${at}/`);
    if (matches && at.length > bestLength) {
      best = el;
      bestLength = at.length;
    }
  }
  if (!best) return false;
  const control = best.matches('input, select, textarea, button, [tabindex]')
    ? best
    : best.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
  (control ?? best).scrollIntoView({ block: 'center' });
  (control ?? best).focus();
  return true;
}

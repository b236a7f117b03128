/**
 * The checker's findings next to the controls they concern. The editor provides the current
 * findings once (`FindingsProvider`); a control that edits the value at a JSON pointer asks
 * `useFindingsAt(pointer)` and shows the answer with `<FindingMessages>` (or the all-in-one
 * `<InlineFindings pointer=…>`), naming it in its `aria-describedby`.
 *
 * Each finding is shown once, by the control whose pointer is the closest to it: controls
 * register their pointer while mounted and a finding goes to the longest registered prefix of its
 * anchor (see finding-anchor.ts). A finding about `/fees/0/amount/amount` is shown beside the
 * amount box, one about `/fees/0/when/…` beside the fee line's card when no control edits that
 * exact place, and one no control on the tab covers stays in the tab's list only (it is always
 * there too).
 */
import {
  createContext,
  type ReactNode,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useText } from '../../i18n/lang';
import type { Problem } from '../problems-list';
import { AnchorStore } from './anchor-store';
import { findingAnchor, type PrefillTargets } from './finding-anchor';

/** A finding with the anchor it is shown at. */
export interface AnchoredFinding extends Problem {
  anchor: string;
}

const FindingsContext = createContext<AnchorStore<AnchoredFinding> | null>(null);

/** Gives the controls inside it the current findings of `procedure` (whose prefill list maps form findings). */
export function FindingsProvider({
  findings,
  procedure,
  children,
}: {
  findings: readonly Problem[];
  procedure: PrefillTargets;
  children: ReactNode;
}) {
  // One store for the editor's life: the context value never changes, so a new check re-renders
  // only the controls whose findings changed (through the store's subscription).
  const [store] = useState(() => new AnchorStore<AnchoredFinding>());
  const prefill = procedure.form?.prefill;
  const anchored = useMemo(
    () => findings.map((f) => ({ ...f, anchor: findingAnchor(f.path, { form: { prefill } }) })),
    [findings, prefill],
  );
  useLayoutEffect(() => store.setFindings(anchored), [store, anchored]);
  return <FindingsContext.Provider value={store}>{children}</FindingsContext.Provider>;
}

const none: readonly AnchoredFinding[] = [];
const noSubscription = () => () => {};
const noFindings = () => none;

/** Same findings, in the same order (a new check builds new objects for unchanged findings). */
function same(a: readonly AnchoredFinding[], b: readonly AnchoredFinding[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (f, i) =>
        f.path === b[i]!.path &&
        f.code === b[i]!.code &&
        f.severity === b[i]!.severity &&
        f.message.vi === b[i]!.message.vi &&
        f.message.en === b[i]!.message.en,
    )
  );
}

/**
 * The findings a control at `pointer` shows (none outside a FindingsProvider, e.g. on the policy
 * pages). `weight` 0 for a control that only switches a value on, so the value's own box wins.
 */
export function useFindingsAt(pointer: string | undefined, weight = 1): readonly AnchoredFinding[] {
  const store = useContext(FindingsContext);
  const id = useId();
  useLayoutEffect(() => {
    if (!store || pointer === undefined) return;
    store.set(id, pointer, weight);
    return () => store.delete(id);
  }, [store, id, pointer, weight]);
  // The last answer, kept while it has the same content: React re-renders only when it changes.
  const last = useRef<{ version: number; value: readonly AnchoredFinding[] }>({ version: -1, value: none });
  const snapshot = () => {
    if (!store || pointer === undefined) return none;
    const version = store.getVersion();
    if (last.current.version === version) return last.current.value;
    const mine = store.findingsOf(id);
    const value = same(mine, last.current.value) ? last.current.value : mine.length > 0 ? mine : none;
    last.current = { version, value };
    return value;
  };
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store ? snapshot : noFindings);
}

/** True when one of `findings` is an error (the control is then marked aria-invalid). */
export const hasError = (findings: readonly Problem[]) => findings.some((f) => f.severity === 'error');

/** `ids` that are set, space-separated, or undefined (for aria-describedby). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const set = ids.filter(Boolean);
  return set.length > 0 ? set.join(' ') : undefined;
}

/**
 * The findings in words, under a control; `id` is what the control's aria-describedby names.
 * Not a live region: the live check runs after every keystroke and would interrupt typing.
 */
export function FindingMessages({ findings, id }: { findings: readonly Problem[]; id: string }) {
  const { L, tx } = useText();
  if (findings.length === 0) return null;
  return (
    <ul className="field-problems" id={id} data-testid="inline-findings">
      {findings.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same code may repeat at one place
        <li key={i} className={f.severity} data-finding-path={f.path}>
          {f.severity === 'error' ? L('Lỗi: ', 'Error: ') : L('Cảnh báo: ', 'Warning: ')}
          {tx(f.message)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Registers `pointer` and shows its findings; for places that are not a single control (a card,
 * a condition editor, a designer row). `id` lets a control inside name the messages.
 */
export function InlineFindings({ pointer, id, weight }: { pointer: string; id?: string; weight?: number }) {
  const own = useId();
  const findings = useFindingsAt(pointer, weight);
  return <FindingMessages findings={findings} id={id ?? own} />;
}

/** A wrapper marked with `pointer` (so "go to" finds it) that shows the findings about it below its content. */
export function FindingsAnchor({
  pointer,
  children,
  className,
}: {
  pointer: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div data-pointer={pointer} className={className}>
      {children}
      <InlineFindings pointer={pointer} />
    </div>
  );
}

/**
 * For a control that stands for a whole place (a designer field's "Sửa" button): the attributes
 * that mark it (`data-pointer`, `aria-describedby`) and the messages to render near it.
 */
export function useFindingsAnchor(pointer: string): {
  control: { 'data-pointer': string; 'aria-describedby'?: string };
  messages: ReactNode;
  count: number;
} {
  const id = `${useId()}-findings`;
  const findings = useFindingsAt(pointer);
  return {
    control: { 'data-pointer': pointer, 'aria-describedby': describedBy(findings.length > 0 && id) },
    messages: <FindingMessages findings={findings} id={id} />,
    count: findings.length,
  };
}

/**
 * How deep and how big a JSON value may be before anything else looks at it. Validators, the diff
 * and the definition checks all recurse over what they get; a definition nested thousands of levels
 * deep overflows their stacks (a 500, or a stack overflow reported as "retry"). Measuring first,
 * with an explicit stack instead of recursion, turns such input into one clear 413/422.
 */
import type { Message } from '../types';

export interface JsonBounds {
  /** Nesting levels of objects/arrays: `{}` is 1, `{"a":[1]}` is 2. */
  maxDepth: number;
  /** Values counted (objects, arrays and scalars alike). */
  maxNodes: number;
}

/** Procedure definitions: the real catalog nests at most 11 levels and holds ~1,100 values. */
export const definitionBounds: JsonBounds = { maxDepth: 32, maxNodes: 20_000 };
/** A citizen's answers: groups and lists of groups, a few levels deep. */
export const answerBounds: JsonBounds = { maxDepth: 12, maxNodes: 5_000 };
/** Any JSON request body (the loosest: a definition is the largest body accepted). */
export const requestBounds: JsonBounds = definitionBounds;

export type BoundsViolation =
  | { kind: 'depth'; limit: number; path: string }
  | { kind: 'nodes'; limit: number };

/**
 * The first bound `value` breaks, or null. Stops as soon as one is broken, so its cost is bounded
 * by the limits, not by the input.
 * @example checkJsonBounds({ a: { b: 1 } }, { maxDepth: 1, maxNodes: 10 }) // { kind: 'depth', limit: 1, path: '/a' }
 */
export function checkJsonBounds(value: unknown, bounds: JsonBounds): BoundsViolation | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  let nodes = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    nodes += 1;
    if (nodes > bounds.maxNodes) return { kind: 'nodes', limit: bounds.maxNodes };
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > bounds.maxDepth) return { kind: 'depth', limit: bounds.maxDepth, path: item.path };
    const entries = Array.isArray(item.value)
      ? item.value.map((child, index) => [String(index), child] as const)
      : Object.entries(item.value);
    for (const [key, child] of entries) {
      stack.push({ value: child, depth, path: `${item.path}/${escapePointer(key)}` });
    }
  }
  return null;
}

/** What to tell the sender, naming the limit (`what` names the value, e.g. "định nghĩa thủ tục"). */
export function boundsMessage(violation: BoundsViolation, what: Message): Message {
  if (violation.kind === 'depth') {
    return {
      vi: `${capitalize(what.vi)} lồng nhau quá sâu (tối đa ${violation.limit} cấp) tại ${violation.path || '/'}.`,
      en: `Nested too deeply: ${what.en} (at most ${violation.limit} levels) at ${violation.path || '/'}.`,
    };
  }
  return {
    vi: `${capitalize(what.vi)} có quá nhiều giá trị (tối đa ${violation.limit}).`,
    en: `Too many values in ${what.en} (at most ${violation.limit}).`,
  };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

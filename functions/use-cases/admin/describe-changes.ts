/**
 * A readable list of what changed between two JSON values, by JSON pointer. Arrays are compared
 * index by index: definitions are edited in place far more often than reordered, and a pointer like
 * `/fees/0/amount/amount` is what an officer can find again in the editor.
 */

export interface Change {
  op: 'add' | 'remove' | 'replace';
  path: string;
  before?: unknown;
  after?: unknown;
}

/** @example describeChanges({ a: 1 }, { a: 2 }) → [{ op: 'replace', path: '/a', before: 1, after: 2 }] */
export function describeChanges(before: unknown, after: unknown, path = ''): Change[] {
  if (Object.is(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      const childPath = `${path}/${escapeToken(key)}`;
      if (!(key in after)) return [{ op: 'remove' as const, path: childPath, before: before[key] }];
      if (!(key in before)) return [{ op: 'add' as const, path: childPath, after: after[key] }];
      return describeChanges(before[key], after[key], childPath);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: Change[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const childPath = `${path}/${i}`;
      if (i >= after.length) changes.push({ op: 'remove', path: childPath, before: before[i] });
      else if (i >= before.length) changes.push({ op: 'add', path: childPath, after: after[i] });
      else changes.push(...describeChanges(before[i], after[i], childPath));
    }
    return changes;
  }
  return [{ op: 'replace', path, before, after }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

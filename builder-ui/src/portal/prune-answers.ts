/**
 * The form library keeps an empty object for an optional group the citizen never filled (e.g.
 * "father, if any") and `undefined` for cleared inputs. Sent as is, an empty optional group
 * would be judged "started but incomplete"; without it, it is simply absent.
 */

/** A copy of `answers` without undefined values and empty nested objects. */
export function pruneAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    const pruned = prune(value);
    if (pruned !== undefined) out[key] = pruned;
  }
  return out;
}

function prune(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((item) => prune(item) ?? null);
  if (value && typeof value === 'object') {
    const inner = pruneAnswers(value as Record<string, unknown>);
    return Object.keys(inner).length === 0 ? undefined : inner;
  }
  return value;
}

/** Small helpers for writing JSON objects back in their original key order. */
import type { Json } from './design-types';

export const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Writes `modelled` over `raw`: keys of `raw` keep their place (a modelled key set to undefined
 * is removed), keys `raw` does not have are appended in the order given. Keys of `raw` that are
 * not in `modelled` are copied verbatim — this is how the designer never drops what it does not know.
 */
export function patch(raw: Json | undefined, modelled: Record<string, unknown>): Json {
  const out: Json = {};
  if (raw) {
    for (const [k, v] of Object.entries(raw)) {
      if (Object.hasOwn(modelled, k)) {
        if (modelled[k] !== undefined) out[k] = modelled[k];
      } else out[k] = v;
    }
  }
  for (const [k, v] of Object.entries(modelled))
    if (v !== undefined && !Object.hasOwn(out, k) && !(raw && Object.hasOwn(raw, k))) out[k] = v;
  return out;
}

/** Orders `items` by where their original key was in `original` (unknown ones after, in their given order). */
export function byOriginalOrder<T>(
  items: T[],
  keyOf: (item: T) => string | undefined,
  original: string[],
): T[] {
  const rank = (item: T) => {
    const k = keyOf(item);
    const i = k === undefined ? -1 : original.indexOf(k);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return items
    .map((item, seq) => ({ item, seq, r: rank(item) }))
    .sort((a, b) => a.r - b.r || a.seq - b.seq)
    .map((x) => x.item);
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

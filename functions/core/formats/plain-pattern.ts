/**
 * Most patterns officers write are plain: `^`, a row of single characters or character classes,
 * each repeated a fixed or bounded number of times, at most one of them unbounded, `$`
 * (`^[0-9]{12}$`, `^[A-Z0-9]{6,12}$`, `^[^0-9@#]+$`). On those, ECMAScript's backtracking engine
 * cannot blow up — its work is linear in the input, with a small bound on the factor — and
 * agrees with RE2 character for character, so they run in the engine built into JavaScript,
 * ~10× faster than re2js's interpreter (issue 11: RE2 was half of a submission's validation).
 * Everything else (groups, alternation, `.`, `\s`, lookaround, …) stays in RE2.
 *
 * The grammar below is deliberately narrow. ECMAScript and RE2 agree on it: `\d` and `\w` are
 * ASCII in both, classes and negated classes match code points (with the `u` flag) and newlines
 * alike, `^`/`$` are the ends of the input. `.` and `\s` differ (RE2's `\s` is ASCII) and POSIX
 * classes (`[[:alpha:]]`) exist only in RE2, so they are not part of it.
 */

/** Characters that are syntax outside a class; escaping them gives the character itself. */
const SYNTAX = '^$\\.*+?()[]{}|/';
/** The same inside a class, where `-` may also be escaped. */
const CLASS_SYNTAX = `${SYNTAX}-`;
/** Escapes of a set of characters, ASCII in both engines. */
const SET_ESCAPES = 'dDwW';

/**
 * Work the backtracking engine may do per input character (choices of the bounded repeats times
 * the characters they span) when it depends on the input's length. At 8, the worst input (a
 * million characters that almost match) takes about as long natively as in re2js, or less;
 * `^[a-z]+[a-z]{0,3}$` (16) would take longer and stays in RE2.
 */
const MAX_WORK_PER_CHAR = 8;
/** Work bound for an anchored pattern with no unbounded repeat: independent of the input. */
const MAX_FIXED_WORK = 10_000;

interface Repeat {
  min: number;
  max: number;
}

/**
 * The pattern as a native RegExp when it is plain (see above) and ECMAScript reads it; otherwise
 * undefined, and the caller keeps RE2. Call only with a pattern RE2 has already compiled.
 */
export function plainNativePattern(pattern: string): RegExp | undefined {
  const repeats = plainRepeats(pattern);
  if (repeats === undefined || !boundedWork(repeats, pattern.startsWith('^'))) return undefined;
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

function boundedWork(repeats: readonly Repeat[], anchored: boolean): boolean {
  let unbounded = 0;
  let choices = 1;
  let span = 1;
  for (const { min, max } of repeats) {
    if (max === Number.POSITIVE_INFINITY) {
      unbounded++;
      continue;
    }
    choices *= max - min + 1;
    span += max;
    if (choices > MAX_FIXED_WORK) return false;
  }
  const work = choices * span;
  if (anchored && unbounded === 0) return work <= MAX_FIXED_WORK;
  // Unanchored, every start position is tried; with one unbounded repeat, every length of it.
  if ((anchored && unbounded === 1) || (!anchored && unbounded === 0)) return work <= MAX_WORK_PER_CHAR;
  return false;
}

/** The repeat counts of each atom when `pattern` is plain, else undefined. */
function plainRepeats(pattern: string): Repeat[] | undefined {
  let i = pattern.startsWith('^') ? 1 : 0;
  const end = pattern.endsWith('$') && !pattern.endsWith('\\$') ? pattern.length - 1 : pattern.length;
  const repeats: Repeat[] = [];
  while (i < end) {
    const atomEnd = skipAtom(pattern, i, end);
    if (atomEnd === undefined) return undefined;
    i = atomEnd;
    const repeat = readRepeat(pattern, i, end);
    if (repeat === undefined) return undefined;
    repeats.push(repeat.repeat);
    i = repeat.next;
  }
  return repeats;
}

/** Index after one single-character atom at `i`, or undefined when there is none. */
function skipAtom(p: string, i: number, end: number): number | undefined {
  const c = p[i]!;
  if (c === '\\') return escapeAt(p, i, end, SYNTAX) === undefined ? undefined : i + 2;
  if (c === '[') return skipClass(p, i + 1, end);
  if (SYNTAX.includes(c)) return undefined;
  return i + charLength(p, i);
}

/** The escaped character at `i` (a backslash) when it is one the grammar allows. */
function escapeAt(p: string, i: number, end: number, syntax: string): 'set' | 'char' | undefined {
  if (i + 1 >= end) return undefined;
  const e = p[i + 1]!;
  if (SET_ESCAPES.includes(e)) return 'set';
  return syntax.includes(e) ? 'char' : undefined;
}

/** Index after a class whose `[` is just before `i`: single characters, ranges, \d \w \D \W. */
function skipClass(p: string, i: number, end: number): number | undefined {
  if (p[i] === '^') i++;
  if (p[i] === ']') return undefined; // `[]…]` is an empty class in ECMAScript, a `]` in RE2
  let items = 0;
  while (i < end) {
    const c = p[i]!;
    if (c === ']') return items > 0 ? i + 1 : undefined;
    if (c === '[') return undefined; // `[[:alpha:]]` is a POSIX class in RE2 only
    let lo: number | undefined;
    let next: number;
    if (c === '\\') {
      const kind = escapeAt(p, i, end, CLASS_SYNTAX);
      if (kind === undefined) return undefined;
      if (kind === 'char') lo = p.codePointAt(i + 1);
      next = i + 2;
    } else if (c === '-') {
      // A `-` is a plain character only first or last; elsewhere it would be a range.
      if (items > 0 && p[i + 1] !== ']') return undefined;
      next = i + 1;
    } else {
      lo = p.codePointAt(i);
      next = i + charLength(p, i);
    }
    if (p[next] === '-' && p[next + 1] !== ']') {
      // A range: both ends single literal characters, in order.
      const hiAt = next + 1;
      const h = p[hiAt];
      if (lo === undefined || h === undefined || h === '\\' || h === '[' || h === ']' || h === '-')
        return undefined;
      const hi = p.codePointAt(hiAt)!;
      if (hi < lo) return undefined;
      next = hiAt + charLength(p, hiAt);
    }
    items++;
    i = next;
  }
  return undefined;
}

/** `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` or nothing at `i`; undefined for anything else after it. */
function readRepeat(p: string, i: number, end: number): { repeat: Repeat; next: number } | undefined {
  const once = { repeat: { min: 1, max: 1 }, next: i };
  if (i >= end) return once;
  const c = p[i]!;
  let result: { repeat: Repeat; next: number };
  if (c === '?') result = { repeat: { min: 0, max: 1 }, next: i + 1 };
  else if (c === '*') result = { repeat: { min: 0, max: Number.POSITIVE_INFINITY }, next: i + 1 };
  else if (c === '+') result = { repeat: { min: 1, max: Number.POSITIVE_INFINITY }, next: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(p.slice(i, end));
    if (m === null) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    if (max < min) return undefined;
    result = { repeat: { min, max }, next: i + m[0].length };
  } else return once;
  // A lazy (`+?`) or doubled (`a**`) repeat is not part of the grammar.
  const after = p[result.next];
  if (result.next < end && after !== undefined && '?*+{'.includes(after)) return undefined;
  return result;
}

/** 2 for a surrogate pair (one code point, one atom with the `u` flag), else 1. */
function charLength(p: string, i: number): number {
  const code = p.codePointAt(i)!;
  return code > 0xffff ? 2 : 1;
}

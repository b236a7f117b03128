/**
 * Moves focus to the field an error is about, so a keyboard or screen-reader user lands on what
 * to fix. rjsf gives each input the id `root_<path joined by _>`; a group missing as a whole
 * focuses its first input.
 */

/** Focuses the input for an answer path (`/answers/treEm/ngaySinh`); false when none is on screen. */
export function focusField(path: string): boolean {
  const tokens = path.split('/').slice(1);
  if (tokens[0] === 'answers') tokens.shift();
  const decoded = tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (let n = decoded.length; n > 0; n--) {
    const el = document.getElementById(['root', ...decoded.slice(0, n)].join('_'));
    if (!el) continue;
    const target = el.matches('input, select, textarea')
      ? el
      : el.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea');
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}

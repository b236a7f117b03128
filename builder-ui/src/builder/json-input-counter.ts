/**
 * Counts what the officer types into any JSON editor (`window.__jsonEditorInputs`), so an
 * end-to-end test can prove that a whole procedure was authored without typing JSON.
 */
declare global {
  interface Window {
    __jsonEditorInputs?: number;
  }
}

/** Call on every user edit of a JSON editor (not on programmatic updates). */
export function countJsonInput(): void {
  window.__jsonEditorInputs = (window.__jsonEditorInputs ?? 0) + 1;
}

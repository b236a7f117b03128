/**
 * Where the citizen is in a paged form: the step (the pages, then "Kiểm tra lại thông tin"),
 * whether "Tiếp tục" returns to the check page (after "Sửa"), and focus after each move — on the
 * input an error is about, else on the step heading so screen readers announce the new page.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormPage } from '../../../functions/core/form/form-pages';
import { focusField } from './focus-field';

/** Step state and the move function of a paged form. */
export function useFormSteps(pages: readonly FormPage[]) {
  const [step, setStep] = useState(0);
  const [backToCheck, setBackToCheck] = useState(false);
  // Each move asks for focus once (a new object even when the target is the same).
  const [focusRequest, setFocusRequest] = useState<{ path: string | null } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusRequest === null) return;
    if (focusRequest.path === null || !focusField(focusRequest.path)) headingRef.current?.focus();
  }, [focusRequest]);

  /** Shows step `next`, focusing the input of `focusOn` (an answer path) when given. */
  const moveTo = (next: number, focusOn: string | null = null) => {
    setStep(next);
    setFocusRequest({ path: focusOn });
    if (focusOn === null) window.scrollTo(0, 0);
  };

  return {
    step,
    /** On the "Kiểm tra lại thông tin" page. */
    checking: pages.length > 1 && step === pages.length,
    backToCheck,
    setBackToCheck,
    moveTo,
    headingRef,
  };
}

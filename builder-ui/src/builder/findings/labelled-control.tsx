/**
 * A labelled place for a control written by hand (the identity and test-case tabs): marked with
 * its pointer for "go to", and showing the checker's findings about it below, named by the
 * control's aria-describedby and aria-invalid.
 */
import { type ReactNode, useId } from 'react';
import { describedBy, FindingMessages, hasError, useFindingsAt } from './findings-context';

/** What the control inside must carry. */
export interface ControlAria {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export function LabelledControl({
  at,
  label,
  className = 'field',
  children,
}: {
  at: string;
  label: ReactNode;
  className?: string;
  children(aria: ControlAria): ReactNode;
}) {
  const id = useId();
  const findings = useFindingsAt(at);
  const aria: ControlAria = {
    id,
    'aria-invalid': hasError(findings) ? true : undefined,
    'aria-describedby': describedBy(findings.length > 0 && `${id}-findings`),
  };
  return (
    <div className={className} data-pointer={at}>
      <label htmlFor={id}>{label}</label>
      {children(aria)}
      <FindingMessages id={`${id}-findings`} findings={findings} />
    </div>
  );
}

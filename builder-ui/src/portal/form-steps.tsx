/** The progress line of a paged form ("Bước 2/4 — Thông tin trẻ em") and its page buttons. */
import type { Ref } from 'react';
import { useText } from '../i18n/lang';

/** The step heading; focused when the page changes so screen readers announce it. */
export function StepHeading({
  step,
  total,
  title,
  headingRef,
}: {
  step: number;
  total: number;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { L } = useText();
  return (
    <div className="step-heading">
      <progress value={step + 1} max={total} aria-hidden="true" />
      <h2 ref={headingRef} tabIndex={-1} data-testid="step-heading">
        {L(`Bước ${step + 1}/${total}`, `Step ${step + 1} of ${total}`)} — {title}
      </h2>
    </div>
  );
}

/** "Quay lại" (not on the first page) and "Tiếp tục", which submits the page for checking. */
export function PageButtons({ onBack }: { onBack?: () => void }) {
  const { L } = useText();
  return (
    <p className="row wrap page-buttons">
      <button type="submit" className="primary big">
        {L('Tiếp tục', 'Continue')}
      </button>
      {onBack && (
        <button type="button" onClick={onBack}>
          {L('Quay lại', 'Back')}
        </button>
      )}
    </p>
  );
}

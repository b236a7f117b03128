/** What stops the dossier: the count of things to fix, problems of the whole dossier, a failed call. */
import type { Ref } from 'react';
import { ApiError } from '../api/client';
import { useText } from '../i18n/lang';
import { ErrorBox } from '../ui/feedback';
import type { SortedErrors } from './field-errors';

interface Props {
  ref: Ref<HTMLDivElement>;
  errors: SortedErrors | null;
  failure: unknown;
  paged: boolean;
  checking: boolean;
}

/** Announced as soon as it appears; focused on a one-page form so the reader starts there. */
export function ErrorSummary({ ref, errors, failure, paged, checking }: Props) {
  const { L } = useText();
  const networkFailure = failure instanceof ApiError && (failure.status === 0 || failure.status >= 500);
  const onPage = paged && !checking;
  return (
    <div ref={ref} tabIndex={-1} aria-live="assertive">
      {errors && (
        <div className="alert error" role="alert">
          <p>
            {onPage
              ? L(
                  `Có ${errors.count} chỗ cần sửa trên trang này (đánh dấu bên dưới).`,
                  `${errors.count} thing(s) to fix on this page (marked below).`,
                )
              : L(
                  `Hồ sơ chưa được gửi: có ${errors.count} chỗ cần sửa (đánh dấu bên dưới).`,
                  `Not submitted yet: ${errors.count} thing(s) to fix (marked below).`,
                )}
          </p>
          {errors.general.length > 0 && (
            <ul>
              {errors.general.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ErrorBox error={failure}>
        {networkFailure && (
          <p>
            {L(
              'Bấm "Nộp hồ sơ" lại: hồ sơ sẽ không bị tạo trùng.',
              'Press "Submit" again: the dossier will not be created twice.',
            )}
          </p>
        )}
      </ErrorBox>
    </div>
  );
}

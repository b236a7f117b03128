/**
 * Announces a version the release schedules "có hiệu lực từ" a legal date: until that day the
 * current version serves, so a citizen preparing a dossier learns the rules may change.
 */
import { displayDate } from '../../../functions/core/display-date';
import { useText } from '../i18n/lang';

export function UpcomingNotice({ upcoming }: { upcoming: { from: string; version: number } }) {
  const { L, tx } = useText();
  const day = tx(displayDate(upcoming.from));
  return (
    <p className="alert" role="note" aria-label={L('Thay đổi sắp áp dụng', 'Coming change')}>
      {L(
        `Từ ngày ${day}, thủ tục này áp dụng phiên bản mới (phiên bản ${upcoming.version}); thành phần hồ sơ, phí và lệ phí có thể thay đổi. Hồ sơ nộp trước ngày đó được giải quyết theo phiên bản hiện hành.`,
        `From ${day}, a new version of this procedure applies (version ${upcoming.version}); documents, fees and charges may change. Dossiers filed before that day are handled under the current version.`,
      )}
    </p>
  );
}

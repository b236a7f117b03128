/** A version's workflow state in words. */
import { useText } from '../i18n/lang';

const names: Record<string, [string, string]> = {
  draft: ['Bản nháp', 'Draft'],
  'in-review': ['Chờ duyệt', 'In review'],
  approved: ['Đã duyệt', 'Approved'],
  published: ['Đã công bố', 'Published'],
  superseded: ['Đã thay thế', 'Superseded'],
  retired: ['Đã bãi bỏ', 'Retired'],
};

/** Badge for draft / in-review / approved / published / superseded / retired. */
export function StatusBadge({ status }: { status: string }) {
  const { L } = useText();
  const [vi, en] = names[status] ?? [status, status];
  return <span className={`badge status-${status}`}>{L(vi, en)}</span>;
}

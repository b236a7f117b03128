/**
 * "Thay thế chính sách": the policies this one replaces, ticked from the jurisdiction's own policies
 * by their resolution number and summary — not typed as ids. An id already in the draft that is not
 * among them (another jurisdiction's, or one since removed) stays listed and ticked, so nothing is
 * dropped without the officer seeing it; the save's checks name it if it no longer exists.
 */
import { api } from '../../api/client';
import { useText } from '../../i18n/lang';
import { useAsync } from '../../ui/use-async';
import type { CatalogDocHead } from './policy-types';

export function SupersedesPicker({
  token,
  self,
  jurisdiction,
  value,
  onChange,
}: {
  token: string;
  /** This policy's id, never offered. */
  self: string;
  jurisdiction: string;
  value: readonly string[];
  onChange(ids: string[]): void;
}) {
  const { L } = useText();
  const heads = useAsync(() => api<{ items: CatalogDocHead[] }>('/api/admin/policies', { token }), [token]);
  const offered = (heads.data?.items ?? [])
    .filter((h) => h.jurisdiction === jurisdiction && h.id !== self)
    .map((h) => ({ id: h.id, title: h.title || h.id }));
  const known = new Set(offered.map((o) => o.id));
  const others = value
    .filter((id) => !known.has(id))
    .map((id) => ({ id, title: L(`${id} (không thuộc địa bàn này)`, `${id} (not of this jurisdiction)`) }));
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <fieldset data-testid="supersedes">
      <legend>{L('Thay thế chính sách', 'Supersedes')}</legend>
      {heads.loading && <p className="muted">{L('Đang tải…', 'Loading…')}</p>}
      {heads.error != null && (
        <p className="field-error" role="alert">
          {L('Không tải được danh sách chính sách.', 'The policies could not be loaded.')}
        </p>
      )}
      {!heads.loading && offered.length + others.length === 0 && (
        <p className="muted">
          {jurisdiction
            ? L('Địa bàn này chưa có chính sách nào khác.', 'This jurisdiction has no other policy.')
            : L(
                'Chọn địa bàn áp dụng để thấy các chính sách của địa bàn.',
                'Choose the jurisdiction to see its policies.',
              )}
        </p>
      )}
      {[...offered, ...others].map((o) => (
        <label key={o.id} className="check">
          <input type="checkbox" checked={value.includes(o.id)} onChange={() => toggle(o.id)} />
          {o.title}
        </label>
      ))}
    </fieldset>
  );
}

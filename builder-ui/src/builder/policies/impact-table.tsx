/** The impact of a policy draft: each procedure × channel × fee line whose amount changes, and when. */
import { formatDate, formatMoney } from '../../i18n/format';
import { useText } from '../../i18n/lang';
import type { ImpactRow } from './policy-types';

const channelNames: Record<string, [string, string]> = {
  online: ['Trực tuyến', 'Online'],
  'in-person': ['Trực tiếp', 'In person'],
  postal: ['Bưu chính', 'Postal'],
};

export function ImpactTable({ rows }: { rows: ImpactRow[] | undefined }) {
  const { L, tx, lang } = useText();
  if (!rows) return null;
  return (
    <section aria-labelledby="impact-title" data-testid="impact-table">
      <h2 id="impact-title">{L('Ảnh hưởng đến phí, lệ phí', 'Effect on fees')}</h2>
      {rows.length === 0 ? (
        <p>
          {L(
            'Không thủ tục nào đang công bố thay đổi mức thu theo chính sách này.',
            'No published procedure’s fee changes under this policy.',
          )}
        </p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{L('Thủ tục', 'Procedure')}</th>
              <th scope="col">{L('Cách thức', 'Channel')}</th>
              <th scope="col">{L('Khoản thu', 'Fee line')}</th>
              <th scope="col">{L('Trước', 'Before')}</th>
              <th scope="col">{L('Sau', 'After')}</th>
              <th scope="col">{L('Áp dụng', 'Applies')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.procedureId}-${r.channel}-${r.line}-${r.from}`}>
                <td>
                  {tx(r.name)} <span className="muted small">({r.code})</span>
                </td>
                <td>{L(...(channelNames[r.channel] ?? [r.channel, r.channel]))}</td>
                <td>{tx(r.lineName)}</td>
                <td>{formatMoney(r.before, lang)}</td>
                <td>
                  <strong>{formatMoney(r.after, lang)}</strong>
                </td>
                <td>
                  {r.to
                    ? `${formatDate(r.from, lang)} → ${formatDate(r.to, lang)}`
                    : L(`từ ${formatDate(r.from, lang)}`, `from ${formatDate(r.from, lang)}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

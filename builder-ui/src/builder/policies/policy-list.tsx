/** #/builder/chinh-sach — the fee policies (council resolutions) with their review state. */
import { api } from '../../api/client';
import { useOfficerSession, useSignOutOnExpiry } from '../../api/session';
import { registryName } from '../../catalog-context';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/lang';
import { ErrorBox, Loading } from '../../ui/feedback';
import { href } from '../../ui/router';
import { useAsync } from '../../ui/use-async';
import { OfficerSignIn } from '../officer-sign-in';
import { StatusBadge } from '../status-badge';
import type { CatalogDocHead } from './policy-types';

export function PolicyList() {
  const { L, tx, lang } = useText();
  const session = useOfficerSession();
  const token = session?.token ?? null;
  const list = useAsync(
    () =>
      token
        ? api<{ items: CatalogDocHead[] }>('/api/admin/policies', { token })
        : Promise.resolve({ items: [] }),
    [token],
  );
  useSignOutOnExpiry('officer', list.error);
  if (!session) return <OfficerSignIn />;
  return (
    <section>
      <p>
        <a href={href('builder')}>← {L('Thủ tục của cơ quan', 'Your agency’s procedures')}</a>
      </p>
      <h1>{L('Chính sách phí, lệ phí (nghị quyết HĐND)', 'Fee policies (council resolutions)')}</h1>
      {session.principal.roles.some((r) => r === 'author' || r === 'admin') && (
        <p>
          <a className="button" href={href('builder', 'chinh-sach', 'moi')}>
            {L('Soạn chính sách mới', 'New policy')}
          </a>
        </p>
      )}
      {list.loading && <Loading />}
      <ErrorBox error={list.error} />
      {list.data && (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{L('Chính sách', 'Policy')}</th>
              <th scope="col">{L('Địa bàn', 'Jurisdiction')}</th>
              <th scope="col">{L('Trạng thái', 'Status')}</th>
              <th scope="col">{L('Phiên bản', 'Version')}</th>
              <th scope="col">{L('Cập nhật', 'Updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((h) => (
              <tr key={h.id}>
                <td>
                  <a href={href('builder', 'chinh-sach', h.id)}>{h.title || h.id}</a>
                </td>
                <td>{tx(registryName('jurisdictions', h.jurisdiction))}</td>
                <td>
                  <StatusBadge status={h.status} />
                </td>
                <td>{h.latestVersion}</td>
                <td>{formatDate(h.updatedAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

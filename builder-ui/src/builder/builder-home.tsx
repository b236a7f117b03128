/** The builder's start page: sign in, then the procedures of the officer's agency with their status. */
import { useState } from 'react';
import type { ProcedureHead } from '../../../functions/ports/index';
import { api } from '../api/client';
import { saveSession, useOfficerSession, useSignOutOnExpiry } from '../api/session';
import { registryName } from '../catalog-registry';
import { formatDate } from '../i18n/format';
import { useText } from '../i18n/lang';
import { ErrorBox, Loading } from '../ui/feedback';
import { href } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { NewProcedureDialog } from './new-procedure-dialog';
import { OfficerSignIn } from './officer-sign-in';
import { StatusBadge } from './status-badge';

/** #/builder */
export function BuilderHome() {
  const { L, tx, lang } = useText();
  const session = useOfficerSession();
  const token = session?.token ?? null;
  const list = useAsync(
    () =>
      token
        ? api<{ procedures: ProcedureHead[] }>('/api/admin/procedures', { token })
        : Promise.resolve({ procedures: [] }),
    [token],
  );
  useSignOutOnExpiry('officer', list.error);
  const [creating, setCreating] = useState(false);
  if (!session) return <OfficerSignIn />;
  const me = session.principal;
  const author = me.roles.includes('author') || me.roles.includes('admin');
  return (
    <section>
      <h1>{L('Thủ tục của cơ quan', 'Your agency’s procedures')}</h1>
      <p className="signed-in">
        <strong>{me.name}</strong> — {tx(registryName('agencies', me.agency))} ({me.roles.join(', ')}){' '}
        <button type="button" className="link" onClick={() => saveSession('officer', null)}>
          {L('Đăng xuất', 'Sign out')}
        </button>
      </p>
      {author && (
        <p>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {L('+ Thủ tục mới', '+ New procedure')}
          </button>
        </p>
      )}
      {creating && (
        <NewProcedureDialog token={session.token} agency={me.agency} onClose={() => setCreating(false)} />
      )}
      <p>
        <a href={href('builder', 'chinh-sach')}>
          {L('Chính sách phí, lệ phí (nghị quyết HĐND)', 'Fee policies (council resolutions)')}
        </a>
      </p>
      <p>
        <a href={href('builder', 'danh-muc')}>
          {L('Danh mục cơ quan và nguồn dữ liệu', 'Agencies and data sources')}
        </a>
      </p>
      <p>
        <a href={href('builder', 'ban-phat-hanh')}>
          {L('Các bản phát hành danh mục (quay lại bản trước)', 'Catalog releases (roll back)')}
        </a>
      </p>
      {list.loading && <Loading />}
      <ErrorBox error={list.error} />
      {list.data && list.data.procedures.length === 0 && (
        <p>{L('Cơ quan chưa có thủ tục nào.', 'Your agency has no procedures yet.')}</p>
      )}
      {list.data && list.data.procedures.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{L('Thủ tục', 'Procedure')}</th>
              <th scope="col">{L('Mã', 'Code')}</th>
              <th scope="col">{L('Trạng thái', 'Status')}</th>
              <th scope="col">{L('Phiên bản', 'Version')}</th>
              <th scope="col">{L('Cập nhật', 'Updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.procedures.map((p) => (
              <tr key={p.procedureId}>
                <td data-label={L('Thủ tục', 'Procedure')}>
                  <a href={href('builder', p.procedureId)}>{tx(p.name)}</a>
                </td>
                <td data-label={L('Mã', 'Code')}>{p.code}</td>
                <td data-label={L('Trạng thái', 'Status')}>
                  <StatusBadge status={p.status} />
                </td>
                <td data-label={L('Phiên bản', 'Version')}>
                  {p.latestVersion}
                  {p.publishedVersion !== null && p.publishedVersion !== p.latestVersion
                    ? L(` (đang áp dụng: ${p.publishedVersion})`, ` (live: ${p.publishedVersion})`)
                    : ''}
                </td>
                <td data-label={L('Cập nhật', 'Updated')}>{formatDate(p.updatedAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

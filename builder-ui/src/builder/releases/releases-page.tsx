/**
 * #/builder/ban-phat-hanh — the catalog releases, newest first, a page at a time: when, by whom,
 * how many procedures and what changed against the release before; a publisher can make an
 * earlier release current again (and a later one back). Reads summaries only, so the page stays
 * light whatever the catalog's size.
 */
import { useState } from 'react';
import { useOfficerSession, useSignOutOnExpiry } from '../../api/session';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/lang';
import { ErrorBox, Loading } from '../../ui/feedback';
import { href } from '../../ui/router';
import { useAsync } from '../../ui/use-async';
import { OfficerSignIn } from '../officer-sign-in';
import { type Changed, loadReleases, makeCurrent, type ReleaseSummary } from './release-list';

export function ReleasesPage() {
  const { L, lang } = useText();
  const session = useOfficerSession();
  const token = session?.token ?? null;
  // the `next` cursors of the pages shown so far: page n starts after cursors[n]
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const page = useAsync(
    () => (token ? loadReleases(token, cursors.at(-1)) : Promise.resolve(null)),
    [token, cursors, tick],
  );
  useSignOutOnExpiry('officer', page.error);
  if (!session) return <OfficerSignIn />;
  const publisher = session.principal.roles.some((r) => r === 'publisher' || r === 'admin');

  const restore = async (release: ReleaseSummary) => {
    setBusy(true);
    setError(null);
    try {
      await makeCurrent(token, release.releaseId);
      setCursors([undefined]);
      setTick((n) => n + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const changes = (r: ReleaseSummary) => {
    if (!r.changes) return L('không rõ', 'unknown');
    const part = (c: Changed, vi: string, en: string) =>
      c.count === 0
        ? null
        : `${L(vi, en)} ${c.count}${c.ids.length ? ` (${c.ids.slice(0, 5).join(', ')}${c.count > 5 ? ', …' : ''})` : ''}`;
    const parts = [
      part(r.changes.added, 'thêm', 'added'),
      part(r.changes.changed, 'thay đổi', 'changed'),
      part(r.changes.removed, 'bỏ', 'removed'),
    ].filter(Boolean);
    return parts.length ? parts.join('; ') : L('không đổi thủ tục nào', 'no procedure changed');
  };

  return (
    <section>
      <p>
        <a href={href('builder')}>← {L('Thủ tục của cơ quan', 'Your agency’s procedures')}</a>
      </p>
      <h1>{L('Các bản phát hành danh mục', 'Catalog releases')}</h1>
      {page.loading && <Loading />}
      <ErrorBox error={error ?? page.error} />
      {page.data && (
        <table className="list" data-testid="release-list">
          <thead>
            <tr>
              <th scope="col">{L('Bản phát hành', 'Release')}</th>
              <th scope="col">{L('Ngày tạo', 'Created')}</th>
              <th scope="col">{L('Người tạo', 'By')}</th>
              <th scope="col">{L('Số thủ tục', 'Procedures')}</th>
              <th scope="col">{L('So với bản trước', 'Against the one before')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {page.data.releases.map((r) => (
              <tr key={r.releaseId}>
                <td>
                  <code>{r.releaseId}</code>
                  {r.current && <strong> · {L('đang phục vụ', 'current')}</strong>}
                </td>
                <td>{formatDate(r.createdAt, lang)}</td>
                <td>{r.createdBy}</td>
                <td>{r.procedures}</td>
                <td>{changes(r)}</td>
                <td>
                  {publisher && !r.current && (
                    <button type="button" disabled={busy} onClick={() => void restore(r)}>
                      {L('Đặt làm bản hiện hành', 'Make current')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {cursors.length > 1 && (
          <button type="button" onClick={() => setCursors((c) => c.slice(0, -1))}>
            {L('← Mới hơn', '← Newer')}
          </button>
        )}{' '}
        {page.data?.next && (
          <button type="button" onClick={() => setCursors((c) => [...c, page.data!.next!])}>
            {L('Cũ hơn →', 'Older →')}
          </button>
        )}
      </p>
    </section>
  );
}

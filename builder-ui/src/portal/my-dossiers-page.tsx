/** "Hồ sơ của tôi": the signed-in citizen's dossiers, newest first. */
import { api } from '../api/client';
import { saveSession, useCitizenSession, useSignOutOnExpiry } from '../api/session';
import { formatDate } from '../i18n/format';
import { useText } from '../i18n/lang';
import { ErrorBox, Loading } from '../ui/feedback';
import { href } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { type CatalogResult, entryName } from './catalog-entry';
import { CitizenSignIn } from './citizen-sign-in';
import { channelName } from './describe';

interface DossierSummary {
  code: string;
  procedureId: string;
  channel: string;
  status: string;
  receivedAt: string;
  dueAt: string | null;
}

/** The list at #/ho-so. */
export function MyDossiersPage() {
  const { L, tx, lang } = useText();
  const session = useCitizenSession();
  const token = session?.token ?? null;
  const state = useAsync(
    () => (token ? api<{ items: DossierSummary[] }>('/api/dossiers', { token }) : Promise.resolve(null)),
    [token],
  );
  useSignOutOnExpiry('citizen', state.error);
  // Names come from the public catalog, asked for these procedures only (at most 100 — a page);
  // a withdrawn procedure still shows its id.
  const procedureIds = [...new Set(state.data?.items.map((d) => d.procedureId) ?? [])]
    .slice(0, 100)
    .join(',');
  const catalog = useAsync(
    () =>
      procedureIds
        ? api<CatalogResult>(`/api/catalog?ids=${encodeURIComponent(procedureIds)}&pageSize=100`).catch(
            () => null,
          )
        : Promise.resolve(null),
    [procedureIds],
  );
  const nameOf = (id: string) => {
    const entry = catalog.data?.items.find((item) => item.id === id);
    return entry ? tx(entryName(entry)) : id;
  };
  if (!session) {
    return (
      <section>
        <h1>{L('Hồ sơ của tôi', 'My dossiers')}</h1>
        <CitizenSignIn />
      </section>
    );
  }
  return (
    <section>
      <h1>{L('Hồ sơ của tôi', 'My dossiers')}</h1>
      <p className="signed-in">
        {session.principal.name} ({session.principal.personalId}){' '}
        <button type="button" className="link" onClick={() => saveSession('citizen', null)}>
          {L('Đăng xuất', 'Sign out')}
        </button>
      </p>
      {state.loading && <Loading />}
      <ErrorBox error={state.error} />
      {state.data && state.data.items.length === 0 && (
        <p>
          {L('Bạn chưa nộp hồ sơ nào. ', 'You have not filed anything yet. ')}
          <a href={href()}>{L('Tìm thủ tục', 'Find a procedure')}</a>
        </p>
      )}
      {state.data && state.data.items.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{L('Mã hồ sơ', 'Code')}</th>
              <th scope="col">{L('Thủ tục', 'Procedure')}</th>
              <th scope="col">{L('Ngày nộp', 'Filed')}</th>
              <th scope="col">{L('Hẹn trả', 'Due')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.items.map((d) => (
              <tr key={d.code}>
                <td data-label={L('Mã hồ sơ', 'Code')}>
                  <a href={href('ho-so', d.code)}>{d.code}</a>
                </td>
                <td data-label={L('Thủ tục', 'Procedure')}>
                  {nameOf(d.procedureId)} <span className="small muted">({tx(channelName(d.channel))})</span>
                </td>
                <td data-label={L('Ngày nộp', 'Filed')}>{formatDate(d.receivedAt, lang)}</td>
                <td data-label={L('Hẹn trả', 'Due')}>{d.dueAt ? formatDate(d.dueAt, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

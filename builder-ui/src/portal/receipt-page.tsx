/**
 * The receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả): dossier code, due date, fees with the
 * policy or exemption that applied and why, and the papers the state supplied itself.
 */

import { api } from '../api/client';
import { useCitizenSession, useSignOutOnExpiry } from '../api/session';
import { formatDate } from '../i18n/format';
import type { Localized } from '../i18n/lang';
import { useText } from '../i18n/lang';
import { FeeQuoteView, type QuoteLike } from '../ui/fee-quote-view';
import { ErrorBox, Loading } from '../ui/feedback';
import { href } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { CitizenSignIn } from './citizen-sign-in';
import { channelName } from './describe';

interface ReceiptDoc {
  id: string;
  name: Localized;
  sourceName?: Localized;
  record?: { id: string; title?: string };
  originals?: number;
  copies?: number;
  files?: { uploadId: string; type: string; size: number }[];
}

interface Receipt {
  code: string;
  procedure: { id: string; code: string; name: Localized };
  agency: { name: Localized };
  channel: string;
  receivedAt: string;
  dueDate: string | null;
  dueDateNote?: Localized;
  fees: QuoteLike | null;
  documents: {
    uploaded: ReceiptDoc[];
    reused: ReceiptDoc[];
    fetchedByAgency: ReceiptDoc[];
    toPresent: ReceiptDoc[];
    eForm: ReceiptDoc[];
  };
}

/** The receipt at #/ho-so/:code. */
export function ReceiptPage({ code }: { code: string }) {
  const { L, tx, lang } = useText();
  const session = useCitizenSession();
  const token = session?.token ?? null;
  const state = useAsync(
    () =>
      token
        ? api<Receipt>(`/api/dossiers/${encodeURIComponent(code)}/receipt`, { token })
        : Promise.resolve(null),
    [code, token],
  );
  useSignOutOnExpiry('citizen', state.error);
  if (!session) return <CitizenSignIn />;
  if (state.loading && !state.data) return <Loading />;
  if (state.error || !state.data) return <ErrorBox error={state.error} />;
  const r = state.data;
  const docs = r.documents;

  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <div className="alert success" role="status">
        <h1 id="receipt-title">{L('Đã tiếp nhận hồ sơ', 'Dossier received')}</h1>
        <p>
          {L('Mã hồ sơ', 'Dossier code')}:{' '}
          <strong className="code" data-testid="dossier-code">
            {r.code}
          </strong>
        </p>
      </div>
      <dl className="facts">
        <dt>{L('Thủ tục', 'Procedure')}</dt>
        <dd>
          {tx(r.procedure.name)} ({r.procedure.code})
        </dd>
        <dt>{L('Cơ quan giải quyết', 'Agency')}</dt>
        <dd>{tx(r.agency.name)}</dd>
        <dt>{L('Hình thức nộp', 'Channel')}</dt>
        <dd>{tx(channelName(r.channel))}</dd>
        <dt>{L('Ngày tiếp nhận', 'Received on')}</dt>
        <dd>{formatDate(r.receivedAt, lang)}</dd>
        <dt>{L('Ngày hẹn trả kết quả', 'Result due on')}</dt>
        <dd>
          <strong>
            {r.dueDate ? formatDate(r.dueDate, lang) : L('Sẽ thông báo sau', 'To be announced')}
          </strong>
          {r.dueDateNote && <span className="small muted block">{tx(r.dueDateNote)}</span>}
        </dd>
      </dl>

      <h2>{L('Phí, lệ phí', 'Fees')}</h2>
      {r.fees ? <FeeQuoteView quote={r.fees} /> : <p>{L('Không thu phí, lệ phí.', 'No fees.')}</p>}

      <h2>{L('Giấy tờ', 'Documents')}</h2>
      <ul className="docs">
        {docs.eForm.map((d) => (
          <li key={d.id}>
            {tx(d.name)} — <span className="badge ok">{L('Tờ khai điện tử', 'E-form')}</span>
          </li>
        ))}
        {docs.uploaded.map((d) => (
          <li key={d.id}>
            {tx(d.name)} —{' '}
            <span className="badge ok">
              {L(`Đã nộp ${d.files?.length ?? 1} tệp`, `${d.files?.length ?? 1} file(s) submitted`)}
            </span>
          </li>
        ))}
        {docs.reused.map((d) => (
          <li key={d.id}>
            {tx(d.name)} —{' '}
            <span className="badge ok">
              {L('Dùng lại từ', 'Reused from')} {tx(d.sourceName) || L('dữ liệu sẵn có', 'existing data')}
              {d.record?.title ? ` (${d.record.title})` : ''}
            </span>
          </li>
        ))}
        {docs.fetchedByAgency.map((d) => (
          <li key={d.id}>
            {tx(d.name)} —{' '}
            <span className="badge ok">{L('Cơ quan tự khai thác', 'Obtained by the agency')}</span>
          </li>
        ))}
        {docs.toPresent.map((d) => (
          <li key={d.id}>
            {tx(d.name)} —{' '}
            <span className="badge">
              {L('Xuất trình khi nhận kết quả', 'Show when collecting the result')}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <a href={href('ho-so')}>{L('Xem tất cả hồ sơ của tôi', 'See all my dossiers')}</a>
      </p>
    </article>
  );
}

/**
 * A procedure as the citizen reads it before filing: channels with processing time and fees
 * (quoted by the API's core for today, so 0-đồng online resolutions show), documents by case,
 * the result, conditions and legal basis. Parts the officer left empty are left out.
 */
import { isPlaceholderText } from '../../../functions/core/authoring/placeholders';
import type { Procedure } from '../../../functions/core/format/generated/procedure';
import type { FeeQuote } from '../../../functions/core/types';
import { api } from '../api/client';
import { registryName } from '../catalog-registry';
import { formatDate } from '../i18n/format';
import { useText } from '../i18n/lang';
import { FeeQuoteView } from '../ui/fee-quote-view';
import { ErrorBox, Loading } from '../ui/feedback';
import { href } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { channelName, paymentText, processingTimeText } from './describe';
import { DocumentList } from './document-list';
import { OnlineLevelBadge } from './online-level-badge';
import { loadPublishedProcedure, type PublishedProcedure } from './published-procedure';
import { UpcomingNotice } from './upcoming-notice';

type Upcoming = NonNullable<PublishedProcedure['upcoming']>;

/** Loads the published definition and today's quote on every channel it offers. */
async function loadProcedure(
  id: string,
): Promise<{ procedure: Procedure; quotes: Map<string, FeeQuote | null>; upcoming?: Upcoming }> {
  const { procedure, releaseQuotes, upcoming } = await loadPublishedProcedure(id);
  const quotes = new Map<string, FeeQuote | null>();
  await Promise.all(
    procedure.channels.map(async (offer) => {
      try {
        const quote = await api<FeeQuote>(`/api/forms/${encodeURIComponent(id)}/quote`, {
          body: { channel: offer.channel, answers: {} },
        });
        quotes.set(offer.channel, quote);
      } catch {
        // Today's quote failed: show the one computed when the release was published.
        quotes.set(offer.channel, releaseQuotes.get(offer.channel) ?? null);
      }
    }),
  );
  return { procedure, quotes, ...(upcoming ? { upcoming } : {}) };
}

/** The detail page at #/thu-tuc/:id. */
export function ProcedurePage({ id }: { id: string }) {
  const { L, tx, lang } = useText();
  const state = useAsync(() => loadProcedure(id), [id]);
  if (state.loading && !state.data) return <Loading />;
  if (state.error || !state.data) return <ErrorBox error={state.error} />;
  const { procedure: p, quotes, upcoming } = state.data;
  const online = p.channels.some((c) => c.channel === 'online') && p.onlineLevel !== 'none';
  // A part the officer left empty (or with the builder's "Chưa nhập") is left out, never shown.
  const steps = p.steps.filter((step) => !isPlaceholderText(step.title.vi));
  const conditions = (p.conditions ?? []).filter((c) => !isPlaceholderText(c.vi));
  const legalBasis = p.legalBasis.filter((ref) => !isPlaceholderText(ref.number));

  return (
    <article className="procedure" aria-labelledby="procedure-title">
      <p className="muted small">
        <a href={href()}>{L('Tra cứu', 'Search')}</a> › {tx(registryName('fields', p.field))}
      </p>
      <h1 id="procedure-title">{tx(p.name)}</h1>
      <p className="muted">
        {L('Mã thủ tục', 'Code')}: {p.localCode ?? p.code} · {tx(registryName('levels', p.level))} ·{' '}
        {tx(registryName('agencies', p.agency))}
      </p>
      <p className="badges">
        <OnlineLevelBadge level={p.onlineLevel} />
      </p>
      {upcoming && <UpcomingNotice upcoming={upcoming} />}
      {p.description && !isPlaceholderText(p.description.vi) && <p>{tx(p.description)}</p>}
      {online && (
        <p>
          <a className="button primary big" href={href('thu-tuc', p.id, 'nop')}>
            {L('Nộp hồ sơ trực tuyến', 'Apply online')}
          </a>
        </p>
      )}

      <h2>{L('Cách thức thực hiện', 'How to file')}</h2>
      <div className="channels">
        {p.channels.map((offer) => {
          const quote = quotes.get(offer.channel);
          return (
            <section key={offer.channel} className="card" aria-label={tx(channelName(offer.channel))}>
              <h3>{tx(channelName(offer.channel))}</h3>
              <p>
                <strong>{L('Thời hạn giải quyết', 'Processing time')}:</strong>{' '}
                {tx(processingTimeText(offer.processingTime))}
              </p>
              {offer.processingTime.note && <p className="small muted">{tx(offer.processingTime.note)}</p>}
              {offer.payment && (
                <p className="small">
                  {L('Thanh toán', 'Payment')}: {tx(paymentText(offer))}
                </p>
              )}
              {quote ? (
                <FeeQuoteView quote={quote} />
              ) : (
                <ul className="small">
                  {p.fees
                    .filter((f) => offer.fees.includes(f.id))
                    .map((f) => (
                      <li key={f.id}>{tx(f.name)}</li>
                    ))}
                </ul>
              )}
              {offer.note && <p className="small muted">{tx(offer.note)}</p>}
            </section>
          );
        })}
      </div>
      {p.fees.some((f) => f.exemptions?.length) && (
        <>
          <h3>{L('Miễn, giảm phí và lệ phí', 'Exemptions')}</h3>
          <ul>
            {p.fees.flatMap((f) =>
              (f.exemptions ?? []).map((e) => (
                <li key={`${f.id}-${e.id}`}>
                  {tx(e.reason)} — {tx(f.name)} ({e.legalBasis.article ? `${e.legalBasis.article} ` : ''}
                  {e.legalBasis.number})
                </li>
              )),
            )}
          </ul>
        </>
      )}

      <h2>{L('Thành phần hồ sơ', 'Documents')}</h2>
      <DocumentList procedure={p} />

      {steps.length > 0 && (
        <>
          <h2>{L('Trình tự thực hiện', 'Steps')}</h2>
          <ol>
            {steps.map((step, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id and never reorder here
              <li key={i}>{tx(step.title)}</li>
            ))}
          </ol>
        </>
      )}

      <h2>{L('Kết quả', 'Result')}</h2>
      {!isPlaceholderText(p.result.name.vi) && <p>{tx(p.result.name)}</p>}
      <p className="small muted">
        {p.result.forms.includes('electronic') ? L('Có bản điện tử. ', 'Electronic copy available. ') : ''}
        {L('Nhận kết quả', 'Delivered')}:{' '}
        {p.result.delivery
          .map((d) =>
            d === 'online'
              ? L('trực tuyến', 'online')
              : d === 'postal'
                ? L('qua bưu chính', 'by post')
                : L('tại quầy', 'at the counter'),
          )
          .join(', ')}
      </p>

      {conditions.length > 0 && (
        <>
          <h2>{L('Yêu cầu, điều kiện', 'Requirements')}</h2>
          <ul>
            {conditions.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: plain text list
              <li key={i}>{tx(c)}</li>
            ))}
          </ul>
        </>
      )}

      {legalBasis.length > 0 && (
        <>
          <h2>{L('Căn cứ pháp lý', 'Legal basis')}</h2>
          <ul>
            {legalBasis.map((ref) => (
              <li key={ref.number}>
                <strong>{ref.number}</strong>
                {ref.title ? ` — ${ref.title}` : ''}
                {ref.issuer ? `, ${ref.issuer}` : ''}
                {ref.date ? ` (${lang === 'vi' ? 'ngày' : 'dated'} ${formatDate(ref.date, lang)})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

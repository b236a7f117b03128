/**
 * The channels offered (trực tiếp, trực tuyến, bưu chính): processing time, how fees are paid and
 * a note; a channel can be added or removed. A cleared processing time stays empty and is
 * refused beside the box (never 0 days).
 */
import type { ChannelOffer, ProcessingTime } from '../../../../functions/core/format/generated/procedure';
import { channels as allChannels, type Channel, type Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import { channelName } from '../../portal/describe';
import { InlineFindings } from '../findings/findings-context';
import { CheckGroup, LocalizedFields, NumberField, SelectField } from '../lists/controls';

type Payment = NonNullable<ChannelOffer['payment']>[number];

export function ChannelsEditor({
  procedure: d,
  onChange,
}: {
  procedure: Procedure;
  onChange(next: Procedure): void;
}) {
  const { L, tx } = useText();
  const setOffer = (i: number, next: ChannelOffer) =>
    onChange({ ...d, channels: d.channels.map((c, j) => (j === i ? next : c)) });
  const missing = allChannels.filter((c) => !d.channels.some((o) => o.channel === c));
  const payments: { value: Payment; label: string }[] = [
    { value: 'online', label: L('Trực tuyến', 'Online') },
    { value: 'counter', label: L('Tại quầy', 'At the counter') },
    { value: 'postal', label: L('Qua bưu chính', 'By post') },
  ];

  return (
    <div className="channels-editor">
      {d.channels.map((offer, i) => {
        const at = `/channels/${i}`;
        const time = offer.processingTime;
        const setTime = (next: ProcessingTime) => setOffer(i, { ...offer, processingTime: next });
        return (
          <div key={offer.channel} className="card" data-pointer={at}>
            <div className="list-item-head">
              <h3>{tx(channelName(offer.channel))}</h3>
              {d.channels.length > 1 && (
                <button
                  type="button"
                  className="link danger"
                  aria-label={`${L('Bỏ cách thức này', 'Remove this channel')} (${tx(channelName(offer.channel))})`}
                  onClick={() => onChange({ ...d, channels: d.channels.filter((_, j) => j !== i) })}
                >
                  {L('Bỏ cách thức này', 'Remove this channel')}
                </button>
              )}
            </div>
            {/* E.g. a channel offered twice, or one that names a fee line that does not exist. */}
            <InlineFindings pointer={at} />
            <div className="row wrap">
              <SelectField
                label={L('Thời hạn giải quyết tính theo', 'Processing time in')}
                value={time.type}
                at={`${at}/processingTime/type`}
                options={[
                  { value: 'working-days', label: L('Ngày làm việc', 'Working days') },
                  { value: 'calendar-days', label: L('Ngày', 'Calendar days') },
                  { value: 'hours', label: L('Giờ', 'Hours') },
                  { value: 'same-day', label: L('Trong ngày', 'Same day') },
                ]}
                onChange={(type) => {
                  const { value: _v, cutoffHour: _c, ...rest } = time;
                  setTime(
                    type === 'same-day'
                      ? { ...rest, type }
                      : { ...rest, type, value: time.value ?? (null as unknown as number) },
                  );
                }}
              />
              {time.type === 'same-day' ? (
                <NumberField
                  label={L(
                    'Nhận sau giờ này thì trả ngày làm việc kế tiếp',
                    'Received after this hour: next working day',
                  )}
                  value={time.cutoffHour}
                  at={`${at}/processingTime/cutoffHour`}
                  onChange={(h) => {
                    const { cutoffHour: _c, ...rest } = time;
                    setTime(h === null ? rest : { ...rest, cutoffHour: h });
                  }}
                />
              ) : (
                <NumberField
                  label={L('Thời hạn', 'Processing time')}
                  required
                  value={time.value}
                  at={`${at}/processingTime/value`}
                  testId={`processing-${offer.channel}`}
                  onChange={(value) => setTime({ ...time, value: value as number })}
                />
              )}
            </div>
            <LocalizedFields
              label={L('Ghi chú về thời hạn', 'Note on the processing time')}
              value={time.note}
              at={`${at}/processingTime/note`}
              required={false}
              onChange={(note) => {
                const { note: _n, ...rest } = time;
                setTime(note.vi || note.en ? { ...rest, note } : rest);
              }}
            />
            <CheckGroup
              legend={L('Cách thanh toán phí, lệ phí', 'How fees are paid')}
              values={offer.payment ?? []}
              at={`${at}/payment`}
              options={payments}
              onChange={(payment) => setOffer(i, { ...offer, payment })}
            />
            <p className="small">
              {L('Khoản thu áp dụng: ', 'Fee lines charged: ')}
              {offer.fees.length === 0
                ? L('không thu phí', 'none')
                : offer.fees.map((id) => tx(d.fees.find((f) => f.id === id)?.name ?? id)).join('; ')}
              <span className="muted">
                {' '}
                — {L('chọn ở từng khoản thu bên dưới', 'choose on each fee line below')}
              </span>
            </p>
            <LocalizedFields
              label={L('Ghi chú', 'Note')}
              value={offer.note}
              at={`${at}/note`}
              required={false}
              onChange={(note) => {
                const { note: _n, ...rest } = offer;
                setOffer(i, note.vi || note.en ? { ...rest, note } : rest);
              }}
            />
          </div>
        );
      })}
      {missing.map((channel: Channel) => (
        <button
          key={channel}
          type="button"
          onClick={() =>
            onChange({
              ...d,
              channels: [
                ...d.channels,
                {
                  channel,
                  processingTime: { type: 'working-days', value: null as unknown as number },
                  fees: [],
                },
              ],
            })
          }
        >
          + {L('Thêm cách thức', 'Add channel')}: {tx(channelName(channel))}
        </button>
      ))}
    </div>
  );
}

/**
 * "Cách thức & phí": the channels, then every fee line with its own controls. Problems of each
 * value (a cleared amount, tiers out of order, a missing processing time…) come from the core's
 * fee rules and are shown beside the control.
 */
import { useMemo, useRef } from 'react';
import {
  feeIssues,
  numberSources,
  replaceFeeLines,
  setLineChannels,
} from '../../../../functions/core/designer/fee-rules';
import { freshId } from '../../../../functions/core/designer/field-issues';
import type { FeeLine } from '../../../../functions/core/format/generated/procedure';
import type { Channel, Procedure } from '../../../../functions/core/types';
import { registry } from '../../catalog-context';
import { useText } from '../../i18n/lang';
import { Group } from '../lists/controls';
import { IssuesProvider } from '../lists/field-issues-context';
import { ListEditor } from '../lists/list-editor';
import type { SectionProps } from '../sections';
import { ChannelsEditor } from './channels-editor';
import { FeeLineEditor } from './fee-line-editor';

/**
 * The fee category a new line starts on. The registry has no explicit link from a field to its fee
 * categories, but a field's own charge category carries the field's id (cu-tru → "Lệ phí đăng ký cư
 * trú"); failing that, the category the procedure's lines already use; else none, and the box asks
 * "Chọn nhóm phí" (never a guess from another field, like Lệ phí hộ tịch on a residence procedure).
 */
export function defaultFeeCategory(d: Procedure): string {
  if (registry.feeCategories.some((c) => c.id === d.field)) return d.field;
  return d.fees.find((f) => f.category)?.category ?? '';
}

export function FeesSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L } = useText();
  const issues = useMemo(() => feeIssues(d), [d]);
  const sources = useMemo(() => numberSources(d), [d]);
  // The channels that charged a removed line, so undoing the removal charges it there again.
  const removedCharging = useRef(new Map<string, Channel[]>());
  return (
    <IssuesProvider issues={issues}>
      <fieldset className="section" disabled={readOnly}>
        <legend>{L('Cách thức thực hiện, phí và lệ phí', 'Channels and fees')}</legend>
        <Group title={L('Cách thức thực hiện', 'Channels')} at="/channels">
          <ChannelsEditor procedure={d} onChange={onChange} />
        </Group>
        <Group title={L('Phí, lệ phí', 'Fees and charges')} at="/fees">
          <ListEditor<FeeLine>
            items={d.fees}
            at="/fees"
            noun={L('Khoản thu', 'Fee line')}
            addLabel={L('Thêm khoản thu', 'Add a fee line')}
            max={30}
            newItem={() => ({
              id: freshId(
                'khoan-thu',
                d.fees.map((f) => f.id),
              ),
              kind: 'le-phi',
              category: defaultFeeCategory(d),
              name: { vi: '', en: '' },
              amount: { type: 'fixed', amount: null as unknown as number },
            })}
            describe={(line) => line.name.vi}
            onChange={(lines) => {
              for (const f of d.fees) {
                if (lines.some((l) => l.id === f.id)) continue;
                const on = d.channels.filter((c) => c.fees.includes(f.id)).map((c) => c.channel);
                removedCharging.current.set(f.id, on);
              }
              onChange(replaceFeeLines(d, lines));
            }}
            onRestore={(lines, line) =>
              onChange(
                setLineChannels(
                  replaceFeeLines(d, lines),
                  line.id,
                  removedCharging.current.get(line.id) ?? [],
                ),
              )
            }
            render={(line, i, set) => (
              <FeeLineEditor
                line={line}
                index={i}
                procedure={d}
                sources={sources}
                onChange={set}
                charging={d.channels.filter((c) => c.fees.includes(line.id)).map((c) => c.channel)}
                onCharging={(on) => onChange(setLineChannels(d, line.id, on))}
              />
            )}
          />
        </Group>
      </fieldset>
    </IssuesProvider>
  );
}

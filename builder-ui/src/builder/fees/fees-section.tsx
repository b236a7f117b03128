/**
 * "Cách thức & phí": the channels, then every fee line with its own controls. Problems of each
 * value (a cleared amount, tiers out of order, a missing processing time…) come from the core's
 * fee rules and are shown beside the control.
 */
import { useMemo } from 'react';
import {
  feeIssues,
  numberSources,
  replaceFeeLines,
  setLineChannels,
} from '../../../../functions/core/designer/fee-rules';
import { freshId } from '../../../../functions/core/designer/field-issues';
import type { FeeLine } from '../../../../functions/core/format/generated/procedure';
import { registry } from '../../catalog-context';
import { useText } from '../../i18n/lang';
import { Group } from '../lists/controls';
import { IssuesProvider } from '../lists/field-issues-context';
import { ListEditor } from '../lists/list-editor';
import type { SectionProps } from '../sections';
import { ChannelsEditor } from './channels-editor';
import { FeeLineEditor } from './fee-line-editor';

export function FeesSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L } = useText();
  const issues = useMemo(() => feeIssues(d), [d]);
  const sources = useMemo(() => numberSources(d), [d]);
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
              category: registry.feeCategories[0]?.id ?? '',
              name: { vi: '', en: '' },
              amount: { type: 'fixed', amount: null as unknown as number },
            })}
            onChange={(lines) => onChange(replaceFeeLines(d, lines))}
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

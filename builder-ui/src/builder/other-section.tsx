/** Steps, result and legal basis until their list editors land (helper b8-tabs, lists/). */
import type { Procedure } from '../../../functions/core/types';
import { useText } from '../i18n/lang';
import { JsonField } from './json-field';
import type { SectionProps } from './sections';

/** The "Trình tự & căn cứ" tab. */
export function OtherSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L } = useText();
  const part = (key: 'steps' | 'result' | 'legalBasis' | 'conditions', label: string) => (
    <div data-pointer={`/${key}`}>
      <JsonField
        label={label}
        value={d[key] ?? []}
        onChange={(v) => onChange({ ...d, [key]: v } as Procedure)}
      />
    </div>
  );
  return (
    <fieldset className="section" disabled={readOnly}>
      <legend>{L('Trình tự, kết quả, căn cứ pháp lý', 'Steps, result, legal basis')}</legend>
      {part('steps', L('Trình tự thực hiện', 'Steps'))}
      {part('result', L('Kết quả', 'Result'))}
      {part('legalBasis', L('Căn cứ pháp lý', 'Legal basis'))}
      {part('conditions', L('Yêu cầu, điều kiện', 'Conditions'))}
    </fieldset>
  );
}

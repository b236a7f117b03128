/**
 * Who performs the procedure and for whom: the performing agency (from the registry; fixed once
 * the procedure exists), the competent agency (picked from the registry or written), the receiving
 * address and the kinds of applicants.
 */
import { useMemo } from 'react';
import { applicantKinds, listIssues } from '../../../../functions/core/designer/list-rules';
import type { Procedure } from '../../../../functions/core/types';
import { registry } from '../../catalog-context';
import { useText } from '../../i18n/lang';
import type { SectionProps } from '../sections';
import { CheckGroup, Group, LocalizedFields, SelectField } from './controls';
import { IssuesProvider } from './field-issues-context';

export function AgenciesFields({ definition: d, onChange }: Omit<SectionProps, 'readOnly'>) {
  const { L, tx } = useText();
  const issues = useMemo(() => listIssues(d), [d]);
  const set = (patch: Partial<Procedure>) => onChange({ ...d, ...patch });
  const agencies = registry.agencies.map((a) => ({ value: a.id, label: tx(a.name) }));
  const matching = registry.agencies.find((a) => a.name.vi === d.competentAgency?.vi)?.id;
  return (
    <IssuesProvider issues={issues}>
      <Group title={L('Cơ quan và đối tượng thực hiện', 'Agencies and applicants')}>
        <SelectField
          label={L('Cơ quan thực hiện', 'Performing agency')}
          value={d.agency}
          at="/agency"
          options={agencies}
          disabled
          hint={L(
            'Chọn khi tạo thủ tục; không chuyển được thủ tục sang cơ quan khác.',
            'Chosen when the procedure is created; it cannot move to another agency.',
          )}
          onChange={() => {}}
        />
        <SelectField
          label={L('Chọn cơ quan có thẩm quyền từ danh mục', 'Pick the competent agency from the registry')}
          value={matching}
          at="/competentAgency"
          placeholder={L('— tự ghi bên dưới —', '— write it below —')}
          options={agencies}
          onChange={(id) => {
            const agency = registry.agencies.find((a) => a.id === id);
            if (agency) set({ competentAgency: { vi: agency.name.vi, en: agency.name.en } });
          }}
        />
        <LocalizedFields
          label={L('Cơ quan có thẩm quyền', 'Competent agency')}
          value={d.competentAgency}
          at="/competentAgency"
          required={false}
          onChange={(text) => set({ competentAgency: text.vi || text.en ? text : undefined })}
        />
        <LocalizedFields
          label={L('Địa chỉ tiếp nhận hồ sơ', 'Where dossiers are received')}
          value={d.receivingAddress}
          at="/receivingAddress"
          required={false}
          onChange={(text) => set({ receivingAddress: text.vi || text.en ? text : undefined })}
        />
        <CheckGroup
          legend={L('Đối tượng thực hiện', 'Who may apply')}
          values={d.applicants}
          at="/applicants"
          options={(Object.keys(applicantKinds) as Procedure['applicants']).map((value) => ({
            value,
            label: tx(applicantKinds[value]),
          }))}
          onChange={(applicants) => set({ applicants })}
        />
      </Group>
    </IssuesProvider>
  );
}

/**
 * One document (thành phần hồ sơ): name, originals and copies, how it is submitted, accepted file
 * types and size, its template (mẫu đơn), when it is needed, and its reuse rules.
 */
import {
  bytesToMb,
  defaultAccept,
  defaultMaxMb,
  fileTypes,
  mbToBytes,
  type Submission,
  submissions,
} from '../../../../functions/core/designer/document-rules';
import { conditionForRows } from '../../../../functions/core/designer/field-issues';
import type { Document } from '../../../../functions/core/format/generated/procedure';
import type { Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import { ConditionEditor } from '../conditions/condition-editor';
import { FindingsAnchor } from '../findings/findings-context';
import {
  CheckField,
  CheckGroup,
  LocalizedFields,
  NumberField,
  SelectField,
  TextField,
} from '../lists/controls';
import { ReuseRulesEditor } from './reuse-rules-editor';

type Mime = NonNullable<Document['accept']>[number];

/** Drops `key` when `value` is undefined. */
function withOptional<K extends keyof Document>(
  d: Document,
  key: K,
  value: Document[K] | undefined,
): Document {
  const { [key]: _old, ...rest } = d;
  return (value === undefined ? rest : { ...rest, [key]: value }) as Document;
}

export function DocumentEditor({
  doc,
  at,
  procedure,
  onChange,
}: {
  doc: Document;
  at: string;
  procedure: Procedure;
  onChange(next: Document): void;
}) {
  const { L, tx } = useText();
  const submission = doc.submission ?? 'upload';
  const mb = doc.maxBytes === undefined ? undefined : bytesToMb(doc.maxBytes);
  return (
    <div className="document-editor" data-document={doc.id}>
      <LocalizedFields
        label={L('Tên giấy tờ', 'Document name')}
        value={doc.name}
        at={`${at}/name`}
        onChange={(name) => onChange({ ...doc, name })}
      />
      <div className="row wrap">
        <TextField
          label={L('Mã giấy tờ', 'Document id')}
          value={doc.id}
          at={`${at}/id`}
          onChange={(id) => onChange({ ...doc, id })}
        />
        <NumberField
          label={L('Số bản chính', 'Originals')}
          required
          value={doc.originals}
          at={`${at}/originals`}
          onChange={(n) => onChange({ ...doc, originals: n as number })}
        />
        <NumberField
          label={L('Số bản sao', 'Copies')}
          required
          value={doc.copies}
          at={`${at}/copies`}
          onChange={(n) => onChange({ ...doc, copies: n as number })}
        />
      </div>
      <SelectField<Submission>
        label={L('Cách nộp', 'How it is submitted')}
        value={submission}
        at={`${at}/submission`}
        options={(Object.keys(submissions) as Submission[]).map((s) => ({
          value: s,
          label: tx(submissions[s].name),
        }))}
        hint={tx(submissions[submission].meaning)}
        onChange={(s) =>
          onChange(
            withOptional(doc, 'submission', s === 'upload' && doc.submission === undefined ? undefined : s),
          )
        }
      />
      <div className="row wrap">
        <CheckField
          label={L('Bắt buộc', 'Required')}
          checked={doc.required !== false}
          at={`${at}/required`}
          onChange={(on) =>
            onChange(
              withOptional(doc, 'required', on ? (doc.required === undefined ? undefined : true) : false),
            )
          }
        />
        <CheckField
          label={L('Phải nộp bản gốc giấy', 'The paper original is handed over')}
          checked={doc.paperOriginal === true}
          at={`${at}/paperOriginal`}
          onChange={(on) => onChange(withOptional(doc, 'paperOriginal', on ? true : undefined))}
        />
      </div>
      {submission !== 'present' && (
        <div className="row wrap">
          <CheckGroup<Mime>
            legend={L('Loại tệp được nhận', 'Accepted file types')}
            values={(doc.accept ?? defaultAccept) as Mime[]}
            at={`${at}/accept`}
            options={fileTypes.map((t) => ({ value: t.mime, label: t.label }))}
            onChange={(accept) => onChange({ ...doc, accept })}
          />
          <NumberField
            label={L('Dung lượng tối đa', 'Maximum size')}
            unit="MB"
            step={0.5}
            placeholder={`${defaultMaxMb} (${L('mặc định', 'default')})`}
            value={mb}
            at={`${at}/maxBytes`}
            onChange={(n) => onChange(withOptional(doc, 'maxBytes', mbToBytes(n)))}
          />
        </div>
      )}
      <div className="row wrap">
        <TextField
          label={L('Mẫu đơn, tờ khai (tên mẫu)', 'Template (form name)')}
          hint={L('để trống nếu không có mẫu', 'leave empty when there is none')}
          value={doc.template?.name}
          at={`${at}/template/name`}
          onChange={(name) =>
            onChange(
              withOptional(
                doc,
                'template',
                name === '' && !doc.template?.reference ? undefined : { ...doc.template, name },
              ),
            )
          }
        />
        <TextField
          label={L('Văn bản quy định mẫu hoặc đường dẫn', 'Where prescribed, or a link')}
          value={doc.template?.reference}
          at={`${at}/template/reference`}
          onChange={(reference) => {
            const { reference: _r, ...rest } = doc.template ?? { name: '' };
            const next = reference === '' ? rest : { ...rest, reference };
            onChange(
              withOptional(doc, 'template', next.name === '' && !('reference' in next) ? undefined : next),
            );
          }}
        />
      </div>
      <FindingsAnchor pointer={`${at}/when`}>
        <ConditionEditor
          label={L('Chỉ cần khi', 'Needed only when')}
          procedure={procedure}
          condition={conditionForRows(doc.when)}
          onChange={(when) => onChange(withOptional(doc, 'when', when))}
        />
      </FindingsAnchor>
      <h4>{L('Tái sử dụng dữ liệu đã có', 'Reuse of data the state already holds')}</h4>
      <ReuseRulesEditor
        rules={doc.reuse ?? []}
        at={`${at}/reuse`}
        onChange={(reuse) => onChange(withOptional(doc, 'reuse', reuse.length > 0 ? reuse : undefined))}
      />
      <LocalizedFields
        label={L('Ghi chú', 'Note')}
        value={doc.note}
        at={`${at}/note`}
        required={false}
        onChange={(note) => onChange(withOptional(doc, 'note', note.vi || note.en ? note : undefined))}
      />
    </div>
  );
}

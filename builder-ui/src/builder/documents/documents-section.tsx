/**
 * "Hồ sơ & tái sử dụng": the document cases (trường hợp), each with its condition and its
 * documents; the citizen's view of the result stays in the live preview.
 */
import { useMemo } from 'react';
import { documentCaseIssues } from '../../../../functions/core/designer/document-rules';
import { conditionForRows, freshId } from '../../../../functions/core/designer/field-issues';
import type { Document, DocumentCase } from '../../../../functions/core/format/generated/procedure';
import { registry } from '../../catalog-context';
import { useText } from '../../i18n/lang';
import { ConditionEditor } from '../conditions/condition-editor';
import { FindingsAnchor } from '../findings/findings-context';
import { LocalizedFields, TextField } from '../lists/controls';
import { IssuesProvider } from '../lists/field-issues-context';
import { ListEditor } from '../lists/list-editor';
import type { SectionProps } from '../sections';
import { DocumentEditor } from './document-editor';

export function DocumentsSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L } = useText();
  const issues = useMemo(() => documentCaseIssues(d, registry), [d]);
  const docIds = d.documentCases.flatMap((c) => c.documents.map((doc) => doc.id));
  const newDocument = (): Document => ({
    id: freshId('giay-to', docIds),
    name: { vi: '' },
    originals: 1,
    copies: 0,
  });
  return (
    <IssuesProvider issues={issues}>
      <fieldset className="section" disabled={readOnly}>
        <legend>{L('Thành phần hồ sơ và tái sử dụng dữ liệu', 'Documents and data reuse')}</legend>
        <ListEditor<DocumentCase>
          items={d.documentCases}
          at="/documentCases"
          noun={L('Trường hợp', 'Case')}
          addLabel={L('Thêm trường hợp', 'Add a case')}
          min={1}
          max={30}
          itemClass="document-case"
          newItem={() => ({
            id: freshId(
              'truong-hop',
              d.documentCases.map((c) => c.id),
            ),
            title: { vi: '' },
            documents: [newDocument()],
          })}
          onChange={(documentCases) => onChange({ ...d, documentCases })}
          render={(c, ci, setCase) => {
            const at = `/documentCases/${ci}`;
            return (
              <>
                <LocalizedFields
                  label={L('Tên trường hợp', 'Case title')}
                  value={c.title}
                  at={`${at}/title`}
                  onChange={(title) => setCase({ ...c, title })}
                />
                <TextField
                  label={L('Mã trường hợp', 'Case id')}
                  value={c.id}
                  at={`${at}/id`}
                  onChange={(id) => setCase({ ...c, id })}
                />
                <FindingsAnchor pointer={`${at}/when`}>
                  <ConditionEditor
                    label={L('Áp dụng khi', 'Applies when')}
                    procedure={d}
                    condition={conditionForRows(c.when)}
                    onChange={(when) => {
                      const { when: _old, ...rest } = c;
                      setCase(when ? { ...rest, when } : rest);
                    }}
                  />
                </FindingsAnchor>
                <ListEditor<Document>
                  items={c.documents}
                  at={`${at}/documents`}
                  noun={L('Giấy tờ', 'Document')}
                  addLabel={L('Thêm giấy tờ', 'Add a document')}
                  min={1}
                  max={40}
                  newItem={newDocument}
                  onChange={(documents) => setCase({ ...c, documents })}
                  render={(doc, di, setDoc) => (
                    <DocumentEditor doc={doc} at={`${at}/documents/${di}`} procedure={d} onChange={setDoc} />
                  )}
                />
              </>
            );
          }}
        />
      </fieldset>
    </IssuesProvider>
  );
}

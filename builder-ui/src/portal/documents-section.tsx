/**
 * The documents of the dossier after reuse is resolved: an upload control for each paper the
 * citizen must supply, and a plain statement for each one the state already holds.
 */
import { useState } from 'react';
import type { DocumentStatus } from '../../../functions/core/types';
import { ApiError } from '../api/client';
import { registryName } from '../catalog-registry';
import { useText } from '../i18n/lang';

export interface UploadedFile {
  uploadId: string;
  name: string;
  size: number;
}

interface Props {
  documents: DocumentStatus[];
  uploads: Record<string, UploadedFile>;
  errors: Record<string, string[]>;
  onUpload(document: DocumentStatus, file: File): Promise<void>;
  onRemove(documentId: string): void;
}

/** "Thành phần hồ sơ" on the filing page. */
export function DocumentsSection({ documents, uploads, errors, onUpload, onRemove }: Props) {
  const { L } = useText();
  const visible = documents.filter((d) => d.status !== 'form');
  return (
    <section className="documents" aria-labelledby="docs-title">
      <h2 id="docs-title">{L('Giấy tờ kèm theo', 'Supporting documents')}</h2>
      {visible.length === 0 && <p>{L('Không cần nộp thêm giấy tờ.', 'No other documents are needed.')}</p>}
      <ul className="docs">
        {visible.map((d) => (
          <DocumentRow
            key={d.id}
            document={d}
            upload={uploads[d.id]}
            errors={errors[d.id] ?? []}
            onUpload={onUpload}
            onRemove={onRemove}
          />
        ))}
      </ul>
    </section>
  );
}

function DocumentRow(props: {
  document: DocumentStatus;
  upload?: UploadedFile;
  errors: string[];
  onUpload: Props['onUpload'];
  onRemove: Props['onRemove'];
}) {
  const { L, tx } = useText();
  const { document: d, upload } = props;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const source = tx(registryName('sources', d.source));
  const inputId = `upload-${d.id}`;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      await props.onUpload(d, file);
    } catch (error) {
      setFailure(
        error instanceof ApiError
          ? [tx(error.messages), ...error.errors.map((e) => tx(e.message))].join(' ')
          : L('Tải tệp lên không thành công, vui lòng thử lại.', 'The upload failed; please try again.'),
      );
    } finally {
      setBusy(false);
    }
  };
  const problems = [...props.errors, ...(failure ? [failure] : [])];

  return (
    <li className={`doc ${d.status}`} data-document={d.id}>
      <p className="doc-name">
        {tx(d.name)}
        {d.status === 'upload' && d.required && <span className="req"> *</span>}
      </p>
      {d.status === 'reused' && (
        <p className="badge ok">
          {L(`Đã có trong ${source} — không cần nộp`, `Already held in ${source} — no need to submit`)}
          {d.record?.title ? ` (${d.record.title})` : ''}
        </p>
      )}
      {d.status === 'fetch-by-agency' && (
        <p className="badge ok">
          {L(
            `Cơ quan tự khai thác từ ${source} — không cần nộp`,
            `The agency obtains it from ${source} — no need to submit`,
          )}
        </p>
      )}
      {d.status === 'present' && (
        <p className="badge">
          {L(
            'Xuất trình bản chính khi nhận kết quả, không phải tải lên',
            'Show the original when collecting the result; no upload',
          )}
        </p>
      )}
      {d.status === 'upload' && (
        <div className="upload">
          {upload ? (
            <p>
              <span className="badge ok">{L('Đã tải lên', 'Uploaded')}</span> {upload.name} (
              {Math.ceil(upload.size / 1024)} KB){' '}
              <button type="button" className="link" onClick={() => props.onRemove(d.id)}>
                {L('Bỏ tệp', 'Remove')}
              </button>
            </p>
          ) : (
            <>
              <p className="small muted" id={`${inputId}-hint`}>
                {d.accept.map((t) => t.split('/')[1]?.toUpperCase()).join(', ')}, {L('tối đa', 'max')}{' '}
                {Math.round(d.maxBytes / 1048576)} MB
              </p>
              {/* The browser's own file button speaks the browser's language ("Choose File"); this
                  label is the visible button, in the page's language. */}
              <input
                id={inputId}
                className="sr-only"
                type="file"
                accept={d.accept.join(',')}
                disabled={busy}
                aria-invalid={problems.length > 0}
                aria-describedby={`${inputId}-hint`}
                onChange={(e) => void choose(e.target.files?.[0])}
              />
              <label htmlFor={inputId} className="file-button">
                {L('Chọn tệp…', 'Choose a file…')}
              </label>
              {busy && <span role="status">{L('Đang tải lên…', 'Uploading…')}</span>}
            </>
          )}
        </div>
      )}
      {problems.map((p) => (
        <p key={p} className="field-error" role="alert">
          {p}
        </p>
      ))}
    </li>
  );
}

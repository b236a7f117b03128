/**
 * A new procedure usually starts from a similar one (a ward copies the city's template): this
 * creates a draft from the definition on screen under a new id, code and name.
 */
import { type FormEvent, useState } from 'react';
import type { Procedure } from '../../../functions/core/types';
import { api } from '../api/client';
import { useText } from '../i18n/lang';
import { ErrorBox } from '../ui/feedback';
import { go } from '../ui/router';

/** "Tạo thủ tục mới từ bản này" (authors only). */
export function CopyProcedure({ definition, token }: { definition: Procedure; token: string }) {
  const { L } = useText();
  const [id, setId] = useState(`${definition.id}-ban-sao`);
  const [code, setCode] = useState(definition.code);
  const [nameVi, setNameVi] = useState(definition.name.vi);
  const [nameEn, setNameEn] = useState(definition.name.en);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const { localCode: _local, ...rest } = definition;
    try {
      await api('/api/admin/procedures', {
        token,
        body: { definition: { ...rest, id: id.trim(), code: code.trim(), name: { vi: nameVi, en: nameEn } } },
      });
      go('builder', id.trim());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="section">
      <summary>{L('Tạo thủ tục mới từ bản này', 'Create a new procedure from this one')}</summary>
      <form onSubmit={submit}>
        <label className="field">
          <span>
            {L(
              'Mã định danh (chữ thường, không dấu, nối bằng dấu gạch)',
              'Id (lower-case ASCII with dashes)',
            )}
          </span>
          <input value={id} pattern="[a-z0-9]+(-[a-z0-9]+)*" onChange={(e) => setId(e.target.value)} />
        </label>
        <label className="field">
          <span>{L('Mã thủ tục', 'Code')}</span>
          <input value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <label className="field">
          <span>{L('Tên thủ tục (tiếng Việt)', 'Name (Vietnamese)')}</span>
          <input value={nameVi} onChange={(e) => setNameVi(e.target.value)} />
        </label>
        <label className="field">
          <span>{L('Tên thủ tục (tiếng Anh)', 'Name (English)')}</span>
          <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {L('Tạo bản nháp mới', 'Create the draft')}
        </button>
        <ErrorBox error={error} />
      </form>
    </details>
  );
}

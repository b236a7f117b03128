/**
 * "Thủ tục mới": a guided dialog that starts a procedure from blank or from another one (own
 * agency's, or any agency's published one), choosing what to carry over. The draft is built by the
 * core (start-procedure.ts) and created through the same API call as any other draft.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  blankProcedure,
  type CarryOver,
  PROCEDURE_CODE,
  PROCEDURE_ID,
  procedureFrom,
  slugFromName,
} from '../../../functions/core/authoring/start-procedure';
import type { Procedure } from '../../../functions/core/types';
import type { TemplateSummary } from '../../../functions/use-cases/admin/list-templates';
import { api } from '../api/client';
import { registry, registryName } from '../catalog-registry';
import { useText } from '../i18n/lang';
import { ErrorBox } from '../ui/feedback';
import { go } from '../ui/router';
import { useAsync } from '../ui/use-async';

interface Props {
  token: string;
  agency: string;
  /** Preselects "from another procedure" with this one (the editor's "copy" entry). */
  from?: string;
  onClose(): void;
}

const ONLINE = [
  ['full', 'Toàn trình', 'Full online'],
  ['partial', 'Một phần', 'Partly online'],
  ['none', 'Không trực tuyến', 'Not online'],
] as const;

/** The modal dialog; rendered only while open. */
export function NewProcedureDialog({ token, agency, from, onClose }: Props) {
  const { L, tx } = useText();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const templates = useAsync(
    () => api<{ templates: TemplateSummary[] }>('/api/admin/templates', { token }),
    [token],
  );
  const [mode, setMode] = useState<'blank' | 'copy'>(from ? 'copy' : 'blank');
  const [source, setSource] = useState(from ?? '');
  const [template, setTemplate] = useState<Procedure | null>(null);
  const [carry, setCarry] = useState<CarryOver>({ form: true, documents: true, fees: true, tests: false });
  const [nameVi, setNameVi] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [id, setId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [code, setCode] = useState('');
  const [field, setField] = useState(registry.fields[0]?.id ?? '');
  const [level, setLevel] = useState(registry.agencies.find((a) => a.id === agency)?.level ?? 'xa');
  const [onlineLevel, setOnlineLevel] = useState<Procedure['onlineLevel']>('partial');
  const [legalBasis, setLegalBasis] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // The chosen template's definition: what it holds decides the counts shown next to each box.
  useEffect(() => {
    if (mode !== 'copy' || !source) return setTemplate(null);
    let live = true;
    api<{ definition: Procedure }>(`/api/admin/templates/${encodeURIComponent(source)}`, { token }).then(
      (t) => {
        if (!live) return;
        setTemplate(t.definition);
        setField(t.definition.field);
        setLevel(t.definition.level);
        setOnlineLevel(t.definition.onlineLevel);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [mode, source, token]);

  const proposedId = idTouched ? id : slugFromName(nameVi);
  const problems = {
    nameVi: nameVi.trim() === '' ? L('Hãy nhập tên tiếng Việt.', 'Enter the Vietnamese name.') : null,
    nameEn: nameEn.trim() === '' ? L('Hãy nhập tên tiếng Anh.', 'Enter the English name.') : null,
    code: PROCEDURE_CODE.test(code.trim())
      ? null
      : L(
          'Mã thủ tục gồm 1 chữ số, dấu chấm và 6 chữ số, ví dụ 1.004194.',
          'A code is one digit, a dot and six digits, e.g. 1.004194.',
        ),
    id: PROCEDURE_ID.test(proposedId)
      ? null
      : L('Chỉ dùng chữ thường không dấu, số và dấu gạch nối.', 'Use lower-case letters, digits and dashes.'),
    source:
      mode === 'copy' && !template ? L('Hãy chọn thủ tục nguồn.', 'Choose the source procedure.') : null,
  };
  const invalid = Object.values(problems).some((p) => p !== null);
  const show = (key: keyof typeof problems) =>
    tried && problems[key] ? (
      <span className="field-error" id={`np-${key}-error`}>
        {problems[key]}
      </span>
    ) : null;
  /** The box's problem (once the officer tried to create) and its help line, for screen readers. */
  const described = (key: keyof typeof problems, hint?: string) => {
    const error = tried && problems[key] ? `np-${key}-error` : undefined;
    const ids = [error, hint].filter(Boolean).join(' ');
    return { ...(error ? { 'aria-invalid': true } : {}), ...(ids ? { 'aria-describedby': ids } : {}) };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (invalid) return;
    const identity = {
      id: proposedId,
      code: code.trim(),
      name: { vi: nameVi.trim(), en: nameEn.trim() },
      field,
      level,
      agency,
      onlineLevel,
      legalBasis,
    };
    const definition =
      mode === 'copy' && template ? procedureFrom(template, identity, carry) : blankProcedure(identity);
    setBusy(true);
    setError(null);
    try {
      await api('/api/admin/procedures', { token, body: { definition } });
      ref.current?.close();
      go('builder', identity.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const box = (key: keyof CarryOver, vi: string, en: string, count?: number) => (
    <label className="check">
      <input
        type="checkbox"
        checked={carry[key]}
        onChange={(e) => setCarry({ ...carry, [key]: e.target.checked })}
      />{' '}
      {L(vi, en)}
      {count !== undefined && <span className="muted small"> ({count})</span>}
    </label>
  );

  return (
    <dialog ref={ref} className="modal" aria-labelledby="np-title" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="np-title">{L('Thủ tục mới', 'New procedure')}</h2>
        <fieldset>
          <legend>{L('Bắt đầu từ', 'Start from')}</legend>
          <label className="check">
            <input type="radio" name="np-mode" checked={mode === 'blank'} onChange={() => setMode('blank')} />{' '}
            {L('Trang trắng', 'Blank')}
          </label>
          <label className="check">
            <input type="radio" name="np-mode" checked={mode === 'copy'} onChange={() => setMode('copy')} />{' '}
            {L(
              'Một thủ tục có sẵn (mẫu hoặc của cơ quan khác)',
              'An existing procedure (template or another agency’s)',
            )}
          </label>
        </fieldset>
        {mode === 'copy' && (
          <fieldset>
            <legend>{L('Thủ tục nguồn', 'Source procedure')}</legend>
            <label className="field">
              <span>{L('Chọn thủ tục', 'Procedure')}</span>
              <select value={source} onChange={(e) => setSource(e.target.value)} {...described('source')}>
                <option value="">{L('— Chọn —', '— Choose —')}</option>
                {(templates.data?.templates ?? []).map((t) => (
                  <option key={t.procedureId} value={t.procedureId}>
                    {t.code} · {tx(t.name)} — {tx(registryName('agencies', t.agency))}
                  </option>
                ))}
              </select>
              {show('source')}
            </label>
            {template && (
              <fieldset>
                <legend>{L('Mang theo sang thủ tục mới', 'Carry over to the new procedure')}</legend>
                {box('form', 'Biểu mẫu', 'Form', Object.keys(fieldsOf(template)).length)}
                {box(
                  'documents',
                  'Thành phần hồ sơ',
                  'Documents',
                  template.documentCases.flatMap((c) => c.documents).length,
                )}
                {box('fees', 'Phí, lệ phí', 'Fees', template.fees.length)}
                {box('tests', 'Ca kiểm thử', 'Test cases', template.tests.length)}
                <p className="small muted">
                  {L(
                    'Trình tự, kết quả, căn cứ pháp lý và cách thức luôn được mang theo để sửa tiếp. Ca kiểm thử nhắc tới giấy tờ, phí của thủ tục nguồn: chỉ mang theo khi giữ cả hồ sơ và phí.',
                    'Steps, result, legal basis and channels always come along to edit. Test cases name the source’s documents and fees: carry them only with both.',
                  )}
                </p>
              </fieldset>
            )}
          </fieldset>
        )}
        <label className="field">
          <span>{L('Tên thủ tục (tiếng Việt)', 'Name (Vietnamese)')}</span>
          <input value={nameVi} onChange={(e) => setNameVi(e.target.value)} {...described('nameVi')} />
          {show('nameVi')}
        </label>
        <label className="field">
          <span>{L('Tên thủ tục (tiếng Anh)', 'Name (English)')}</span>
          <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} {...described('nameEn')} />
          {show('nameEn')}
        </label>
        <div className="row wrap">
          {/* The example is part of the help, not a grey placeholder that looks like a typed value. */}
          <div className="field">
            <label htmlFor="np-code">{L('Mã thủ tục (mã TTHC quốc gia)', 'National procedure code')}</label>
            <input
              id="np-code"
              value={code}
              inputMode="decimal"
              onChange={(e) => setCode(e.target.value)}
              {...described('code', 'np-code-hint')}
            />
            <span className="small muted" id="np-code-hint">
              {L(
                'Mã thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.004194.',
                'The code of the procedure in the National Database on Administrative Procedures, e.g. 1.004194.',
              )}
            </span>
            {show('code')}
          </div>
          <div className="field">
            <label htmlFor="np-id">
              {L('Mã định danh (tự đề xuất từ tên)', 'Id (proposed from the name)')}
            </label>
            <input
              id="np-id"
              value={proposedId}
              onChange={(e) => {
                setIdTouched(true);
                setId(e.target.value);
              }}
              {...described('id', 'np-id-hint')}
            />
            <span className="small muted" id="np-id-hint">
              {L(
                'Tên ngắn dùng trong địa chỉ trang và tệp của thủ tục: chữ thường không dấu, số và dấu gạch ngang.',
                'A short name used in the page address and files of the procedure: lower-case letters, digits and hyphens.',
              )}
            </span>
            {show('id')}
          </div>
        </div>
        <div className="row wrap">
          <label className="field">
            <span>{L('Lĩnh vực', 'Field')}</span>
            <select value={field} onChange={(e) => setField(e.target.value)}>
              {registry.fields.map((f) => (
                <option key={f.id} value={f.id}>
                  {tx(f.name)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{L('Cấp thực hiện', 'Level')}</span>
            <select value={level} onChange={(e) => setLevel(e.target.value)}>
              {registry.levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {tx(l.name)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{L('Mức độ trực tuyến', 'Online level')}</span>
            <select
              value={onlineLevel}
              onChange={(e) => setOnlineLevel(e.target.value as Procedure['onlineLevel'])}
            >
              {ONLINE.map(([value, vi, en]) => (
                <option key={value} value={value}>
                  {L(vi, en)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span>{L('Cơ quan thực hiện', 'Performing agency')}</span>
          <select value={agency} disabled aria-describedby="np-agency-hint">
            {registry.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {tx(a.name)}
              </option>
            ))}
          </select>
          <span className="small muted" id="np-agency-hint">
            {L('Thủ tục mới thuộc cơ quan của bạn.', 'A new procedure belongs to your agency.')}
          </span>
        </label>
        <label className="field">
          <span>
            {L(
              'Căn cứ pháp lý chính (số văn bản, có thể bổ sung sau)',
              'Main legal basis (number; more later)',
            )}
          </span>
          <input
            value={legalBasis}
            placeholder="68/2020/QH14"
            onChange={(e) => setLegalBasis(e.target.value)}
          />
        </label>
        <ErrorBox error={error} />
        <div className="row wrap">
          <button type="submit" className="primary" disabled={busy}>
            {L('Tạo bản nháp', 'Create the draft')}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            {L('Hủy', 'Cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function fieldsOf(p: Procedure): Record<string, unknown> {
  const schema = p.form.schema as { properties?: Record<string, unknown> };
  return schema.properties ?? {};
}

/**
 * The "Ca kiểm thử" tab: the procedure's embedded test cases with their expectations as controls
 * (saved from the preview with "Lưu thành ca kiểm thử", never typed as JSON), "Chạy tất cả" with
 * pass/fail per case, and one click to drop every case (e.g. those copied from another procedure).
 */
import { useId, useState } from 'react';
import { type ProcedureTestRun, runProcedureTests } from '../../../functions/core/catalog-checks/run-tests';
import type { TestCase } from '../../../functions/core/index';
import { catalogContext } from '../catalog-context';
import { formatDate } from '../i18n/format';
import { useText } from '../i18n/lang';
import { channelName } from '../portal/describe';
import { describedBy, FindingMessages, InlineFindings, useFindingsAt } from './findings/findings-context';
import { LabelledControl } from './findings/labelled-control';
import type { SectionProps } from './sections';

type Expect = TestCase['expect'];

/** The tab's content. */
export function TestsPanel({ definition: d, onChange, readOnly }: SectionProps) {
  const { L, tx, lang } = useText();
  const [run, setRun] = useState<{ of: unknown; result: ProcedureTestRun } | null>(null);
  const setTests = (tests: TestCase[]) => onChange({ ...d, tests });
  const setCase = (i: number, next: TestCase) => setTests(d.tests.map((t, k) => (k === i ? next : t)));
  const documents = d.documentCases.flatMap((c) =>
    c.documents.map((doc) => ({ id: doc.id, name: doc.name })),
  );
  // A run describes one state of the definition; an edit makes it stale.
  const outcome = run && run.of === d ? run.result : null;

  return (
    <fieldset className="section tests-panel" disabled={readOnly} data-pointer="/tests">
      <legend>
        {L('Ca kiểm thử', 'Test cases')} ({d.tests.length})
      </legend>
      <p className="small muted">
        {L(
          'Nhập thử ở phần xem trước rồi bấm "Lưu thành ca kiểm thử": kết quả hiện tại (phí, chính sách, giấy tờ) trở thành điều mong đợi, sửa lại được bên dưới.',
          'Try answers in the preview, then press "Save as a test case": the current result (fees, policies, documents) becomes the expectation, editable below.',
        )}
      </p>
      <div className="row wrap">
        <button
          type="button"
          className="primary"
          disabled={d.tests.length === 0}
          onClick={() => setRun({ of: d, result: runProcedureTests(d, catalogContext) })}
        >
          {L('Chạy tất cả', 'Run all')}
        </button>
        {d.tests.length > 0 && (
          <button
            type="button"
            onClick={() => {
              if (
                window.confirm(
                  L(
                    `Bỏ tất cả ${d.tests.length} ca kiểm thử? (Chưa lưu thì bấm "Bỏ thay đổi" để lấy lại.)`,
                    `Drop all ${d.tests.length} test cases? (Until saved, "Discard changes" brings them back.)`,
                  ),
                )
              )
                setTests([]);
            }}
          >
            {L(`Bỏ tất cả ${d.tests.length} ca kiểm thử`, `Drop all ${d.tests.length} test cases`)}
          </button>
        )}
      </div>
      {outcome && !outcome.ok && (
        <p className="alert error" role="alert">
          {tx(outcome.error)}
        </p>
      )}
      {outcome?.ok && (
        <p role="status" data-testid="test-run-summary">
          {L(
            `${outcome.results.filter((r) => r.passed).length}/${outcome.results.length} ca đạt`,
            `${outcome.results.filter((r) => r.passed).length}/${outcome.results.length} passed`,
          )}
        </p>
      )}
      {d.tests.map((t, i) => {
        const result = outcome?.ok ? outcome.results[i] : undefined;
        const at = `/tests/${i}`;
        const setExpect = (patch: Partial<Expect>) => setCase(i, { ...t, expect: { ...t.expect, ...patch } });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: cases have no id; names may repeat
          <div key={i} className="test-case" data-pointer={at} data-testid="test-case">
            {result && (
              <p className={result.passed ? 'passed' : 'failed'} data-testid="test-result">
                {result.passed ? L('✓ Đạt', '✓ Passed') : L('✗ Không đạt', '✗ Failed')}
                {result.failures.map((f, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: failure messages have no id
                  <span key={k} className="block small">
                    {tx(f)}
                  </span>
                ))}
              </p>
            )}
            {/* What no control below covers (answers, uploads, a malformed case). */}
            <InlineFindings pointer={at} />
            <LabelledControl at={`${at}/name`} label={L('Tên ca kiểm thử', 'Name')}>
              {(aria) => (
                <input
                  {...aria}
                  value={t.name}
                  onChange={(e) => setCase(i, { ...t, name: e.target.value })}
                />
              )}
            </LabelledControl>
            <p className="small muted">
              {tx(channelName(t.channel))} · {formatDate(t.date, lang)}
              {t.citizen
                ? L(` · công dân mẫu ${t.citizen.personalId}`, ` · demo citizen ${t.citizen.personalId}`)
                : ''}
              {L(
                ` · ${Object.keys(t.answers).length} câu trả lời`,
                ` · ${Object.keys(t.answers).length} answers`,
              )}
            </p>
            <LabelledControl
              at={`${at}/expect/valid`}
              className="check"
              label={L('Hồ sơ hợp lệ', 'The dossier is valid')}
            >
              {(aria) => (
                <input
                  {...aria}
                  type="checkbox"
                  checked={t.expect.valid}
                  onChange={(e) => setExpect({ valid: e.target.checked })}
                />
              )}
            </LabelledControl>
            <div className="row wrap">
              <LabelledControl
                at={`${at}/expect/feeTotal`}
                label={L('Tổng phí, lệ phí (đồng)', 'Fee total (VND)')}
              >
                {(aria) => (
                  <input
                    {...aria}
                    type="number"
                    min={0}
                    value={t.expect.feeTotal ?? ''}
                    onChange={(e) =>
                      setExpect({ feeTotal: e.target.value === '' ? undefined : Number(e.target.value) })
                    }
                  />
                )}
              </LabelledControl>
              {(t.expect.feeLines ?? []).map((line, k) => (
                <LabelledControl
                  key={line.id}
                  at={`${at}/expect/feeLines/${k}`}
                  label={tx(d.fees.find((f) => f.id === line.id)?.name) || line.id}
                >
                  {(aria) => (
                    <input
                      {...aria}
                      type="number"
                      min={0}
                      value={line.amount}
                      onChange={(e) =>
                        setExpect({
                          feeLines: (t.expect.feeLines ?? []).map((l, j) =>
                            j === k ? { ...l, amount: Number(e.target.value) } : l,
                          ),
                        })
                      }
                    />
                  )}
                </LabelledControl>
              ))}
            </div>
            <PolicyChoice
              at={`${at}/expect/policies`}
              value={t.expect.policies}
              onChange={(policies) => setExpect({ policies })}
            />
            <IdChoice
              at={`${at}/expect/documentsRequired`}
              legend={L('Giấy tờ phải tải lên', 'Documents to upload')}
              options={documents}
              value={t.expect.documentsRequired}
              onChange={(documentsRequired) => setExpect({ documentsRequired })}
            />
            <IdChoice
              at={`${at}/expect/documentsReused`}
              legend={L('Giấy tờ được tái sử dụng (không phải nộp)', 'Documents reused (not asked)')}
              options={documents}
              value={t.expect.documentsReused}
              onChange={(documentsReused) => setExpect({ documentsReused })}
            />
            <button
              type="button"
              className="link"
              onClick={() => {
                if (window.confirm(L(`Xóa ca kiểm thử «${t.name}»?`, `Delete the test case "${t.name}"?`)))
                  setTests(d.tests.filter((_, k) => k !== i));
              }}
            >
              {L('Xóa ca kiểm thử này', 'Delete this test case')}
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Which policies must apply: none, the ticked ones, or not checked at all. */
function PolicyChoice(props: {
  at: string;
  value: string[] | undefined;
  onChange(next: string[] | undefined): void;
}) {
  const { L, tx } = useText();
  const { value, onChange } = props;
  const findings = useFindingsAt(props.at);
  const findingsId = `${useId()}-findings`;
  const known = new Set(catalogContext.policies.map((p) => p.id));
  return (
    <fieldset data-pointer={props.at} aria-describedby={describedBy(findings.length > 0 && findingsId)}>
      <legend>{L('Chính sách miễn, giảm của địa phương', 'Local fee policies')}</legend>
      <FindingMessages findings={findings} id={findingsId} />
      <label className="check">
        <input
          type="checkbox"
          checked={value === undefined}
          onChange={(e) => onChange(e.target.checked ? undefined : [])}
        />
        {L('Không kiểm tra', 'Do not check')}
      </label>
      {value !== undefined && (
        <>
          <label className="check">
            <input type="checkbox" checked={value.length === 0} onChange={() => onChange([])} />
            {L('Không áp dụng chính sách nào', 'No policy applies')}
          </label>
          {catalogContext.policies.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={value.includes(p.id)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, p.id] : value.filter((x) => x !== p.id))
                }
              />
              {p.resolution.number}: {tx(p.summary)}
            </label>
          ))}
          <UnknownIds
            ids={value.filter((id) => !known.has(id))}
            onRemove={(id) => onChange(value.filter((x) => x !== id))}
          />
        </>
      )}
    </fieldset>
  );
}

/** A set of document ids as checkboxes; "not checked" leaves the expectation out. */
function IdChoice(props: {
  at: string;
  legend: string;
  options: { id: string; name: { vi: string; en?: string } }[];
  value: string[] | undefined;
  onChange(next: string[] | undefined): void;
}) {
  const { L, tx } = useText();
  const { value, onChange } = props;
  const findings = useFindingsAt(props.at);
  const findingsId = `${useId()}-findings`;
  return (
    <fieldset data-pointer={props.at} aria-describedby={describedBy(findings.length > 0 && findingsId)}>
      <legend>{props.legend}</legend>
      <FindingMessages findings={findings} id={findingsId} />
      <label className="check">
        <input
          type="checkbox"
          checked={value === undefined}
          onChange={(e) => onChange(e.target.checked ? undefined : [])}
        />
        {L('Không kiểm tra', 'Do not check')}
      </label>
      {value !== undefined &&
        props.options.map((o) => (
          <label key={o.id} className="check">
            <input
              type="checkbox"
              checked={value.includes(o.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id))
              }
            />
            {tx(o.name)}
          </label>
        ))}
      {value !== undefined && (
        <UnknownIds
          ids={value.filter((id) => !props.options.some((o) => o.id === id))}
          onRemove={(id) => onChange(value.filter((x) => x !== id))}
        />
      )}
    </fieldset>
  );
}

/**
 * Ids an expectation names that the procedure (or the catalog) does not have — e.g. after a copy
 * from another procedure: shown ticked, so the officer can see and drop them without JSON.
 */
function UnknownIds({ ids, onRemove }: { ids: string[]; onRemove(id: string): void }) {
  const { L } = useText();
  return ids.map((id) => (
    <label key={id} className="check">
      <input type="checkbox" checked onChange={() => onRemove(id)} />
      {L(`«${id}» (không tồn tại — bỏ chọn để xóa)`, `"${id}" (does not exist — untick to remove)`)}
    </label>
  ));
}

/**
 * #/builder/chinh-sach/<id> (or /moi): a fee policy with proper controls — dates, jurisdiction,
 * channels, fee categories, effect — and the workflow buttons. The impact table (computed by the
 * server with the portal's fee engine) is shown under the form for the author and the approver.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { officerJurisdictions } from '../../../../functions/core/policies/officer-jurisdictions';
import { api } from '../../api/client';
import { useOfficerSession, useSignOutOnExpiry } from '../../api/session';
import { type Localized, useText } from '../../i18n/lang';
import { DateText } from '../../ui/date-text';
import { ErrorBox, Loading } from '../../ui/feedback';
import { go, href } from '../../ui/router';
import { useAsync } from '../../ui/use-async';
import { OfficerSignIn } from '../officer-sign-in';
import { publishDocVersion } from '../publish-doc';
import { usePublishedRegistry } from '../registry/use-published-registry';
import { ReviewComment, SendBack } from '../send-back';
import { StatusBadge } from '../status-badge';
import { ImpactTable } from './impact-table';
import { type PolicyAction, policyActions } from './policy-actions';
import {
  emptyPolicy,
  fromPolicyBody,
  type PolicyAnswer,
  type PolicyForm,
  toPolicyBody,
} from './policy-types';
import { SupersedesPicker } from './supersedes-picker';

const channelOptions: [string, string, string][] = [
  ['online', 'Trực tuyến', 'Online'],
  ['in-person', 'Trực tiếp', 'In person'],
  ['postal', 'Bưu chính công ích', 'Public postal service'],
];

// A refused save names the box to fix, not the policy's JSON pointer.
const places: Record<string, Localized> = {
  '/id': { vi: 'Mã chính sách', en: 'Policy id' },
  '/resolution/number': { vi: 'Số hiệu', en: 'Number' },
  '/resolution/title': { vi: 'Trích yếu', en: 'Title' },
  '/resolution/issuer': { vi: 'Cơ quan ban hành', en: 'Issuer' },
  '/resolution/date': { vi: 'Ngày ký', en: 'Date signed' },
  '/summary': { vi: 'Tóm tắt', en: 'Summary' },
  '/summary/vi': { vi: 'Tóm tắt (tiếng Việt)', en: 'Summary (Vietnamese)' },
  '/summary/en': { vi: 'Tóm tắt (tiếng Anh)', en: 'Summary (English)' },
  '/effectiveFrom': { vi: 'Có hiệu lực từ', en: 'In force from' },
  '/effectiveTo': { vi: 'Hết hiệu lực sau ngày', en: 'Last day in force' },
  '/channels': { vi: 'Cách thức nộp', en: 'Channels' },
  '/covers/categories': { vi: 'Loại phí, lệ phí áp dụng', en: 'Fee categories covered' },
  '/effect': { vi: 'Mức ưu đãi', en: 'Effect' },
  '/effect/percent': { vi: 'Phần trăm giảm', en: 'Percent off' },
  '/effect/amount': { vi: 'Số tiền giảm (đồng)', en: 'Reduction (đồng)' },
  '/supersedes': { vi: 'Thay thế chính sách', en: 'Supersedes' },
  '/sources': { vi: 'Nguồn', en: 'Sources' },
};

export function PolicyEditor({ id }: { id: string }) {
  const { L, tx } = useText();
  const session = useOfficerSession();
  const token = session?.token ?? null;
  const isNew = id === 'moi';
  const registry = usePublishedRegistry(token);
  const loaded = useAsync(async () => {
    if (!token || isNew) return null;
    const { head } = await api<{ head: { latestVersion: number } }>(`/api/admin/policies/${id}`, { token });
    return api<PolicyAnswer>(`/api/admin/policies/${id}/versions/${head.latestVersion}`, { token });
  }, [token, id]);
  useSignOutOnExpiry('officer', loaded.error);
  const [answer, setAnswer] = useState<PolicyAnswer | null>(null);
  const [form, setForm] = useState<PolicyForm>(emptyPolicy);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.data) {
      setAnswer(loaded.data);
      setForm(fromPolicyBody(loaded.data.version.jurisdiction, loaded.data.version.body));
    }
  }, [loaded.data]);

  if (!session) return <OfficerSignIn />;
  if (loaded.loading && !isNew) return <Loading />;
  const status = answer?.version.status ?? 'draft';
  const allowed = new Set(
    policyActions(answer?.version ?? null, form.jurisdiction, session.principal, registry),
  );
  const editable = allowed.has('save');
  // a new policy is for a jurisdiction the officer speaks for; an existing one keeps its own
  const speaksFor = officerJurisdictions(session.principal.agency, registry);
  const jurisdictions = registry.jurisdictions.filter(
    (j) => !isNew || speaksFor.size === 0 || speaksFor.has(j.id),
  );
  const set = <K extends keyof PolicyForm>(key: K, value: PolicyForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'channels' | 'categories', value: string) =>
    setForm((f) => ({
      ...f,
      [key]: f[key].includes(value) ? f[key].filter((v) => v !== value) : [...f[key], value],
    }));

  const run = async (call: () => Promise<PolicyAnswer>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const next = await call();
      setAnswer(next);
      if (isNew) go('builder', 'chinh-sach', next.head.id);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const body = { jurisdiction: form.jurisdiction, policy: toPolicyBody(form) };
    void run(() =>
      isNew
        ? api<PolicyAnswer>('/api/admin/policies', { method: 'POST', token, body })
        : api<PolicyAnswer>(`/api/admin/policies/${id}`, { method: 'PUT', token, body }),
    );
  };
  const act = async (action: 'submit' | 'approve' | 'send-back' | 'publish', comment = '') => {
    if (!answer) return false;
    const versionPath = `/api/admin/policies/${answer.head.id}/versions/${answer.version.version}`;
    // on a large catalog publishing runs as a job: its progress is shown until the release lands
    return run(() =>
      action === 'publish'
        ? publishDocVersion<PolicyAnswer>(versionPath, token, (p) => setProgress(tx(p)))
        : api<PolicyAnswer>(`${versionPath}/${action}`, {
            method: 'POST',
            token,
            ...(action === 'send-back' ? { body: { comment } } : {}),
          }),
    );
  };

  return (
    <section className="policy-editor">
      <p>
        <a href={href('builder', 'chinh-sach')}>← {L('Chính sách phí, lệ phí', 'Fee policies')}</a>
      </p>
      <h1>
        {isNew ? L('Soạn chính sách phí mới', 'New fee policy') : form.number || id}{' '}
        {answer && <StatusBadge status={status} />}
      </h1>
      {answer && (
        <p className="muted">
          {L(`Phiên bản ${answer.version.version}`, `Version ${answer.version.version}`)}
        </p>
      )}
      <ErrorBox error={loaded.error ?? error} places={places} />
      {status === 'draft' && <ReviewComment comment={answer?.version.reviewComment} />}
      <form onSubmit={save} className="stack">
        <fieldset disabled={!editable || busy}>
          <legend>{L('Nghị quyết', 'Resolution')}</legend>
          <label>
            {L('Mã chính sách', 'Policy id')}
            <input
              value={form.id}
              required
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              readOnly={!isNew}
              onChange={(e) => set('id', e.target.value)}
              data-testid="policy-id"
            />
          </label>
          <label>
            {L('Số hiệu', 'Number')}
            <input value={form.number} required onChange={(e) => set('number', e.target.value)} />
          </label>
          <label>
            {L('Trích yếu', 'Title')}
            <input value={form.title} onChange={(e) => set('title', e.target.value)} />
          </label>
          <label>
            {L('Cơ quan ban hành', 'Issuer')}
            <input value={form.issuer} onChange={(e) => set('issuer', e.target.value)} />
          </label>
          <label>
            {L('Ngày ký', 'Date signed')}
            <DateText value={form.signed} onChange={(v) => set('signed', v)} />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={form.confirmed}
              onChange={(e) => set('confirmed', e.target.checked)}
            />
            {L('Đã đối chiếu văn bản gốc', 'Checked against the official text')}
          </label>
          <label>
            {L('Địa bàn áp dụng', 'Jurisdiction')}
            <select value={form.jurisdiction} required onChange={(e) => set('jurisdiction', e.target.value)}>
              <option value="">{L('— Chọn —', '— Choose —')}</option>
              {jurisdictions.map((j) => (
                <option key={j.id} value={j.id}>
                  {tx(j.name)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {L('Tóm tắt (tiếng Việt)', 'Summary (Vietnamese)')}
            <textarea value={form.summaryVi} required onChange={(e) => set('summaryVi', e.target.value)} />
          </label>
          <label>
            {L('Tóm tắt (tiếng Anh)', 'Summary (English)')}
            <textarea value={form.summaryEn} onChange={(e) => set('summaryEn', e.target.value)} />
          </label>
        </fieldset>
        <fieldset disabled={!editable || busy}>
          <legend>{L('Hiệu lực và phạm vi', 'When and what')}</legend>
          <label>
            {L('Có hiệu lực từ', 'In force from')}
            <DateText value={form.effectiveFrom} required onChange={(v) => set('effectiveFrom', v)} />
          </label>
          <label>
            {L('Hết hiệu lực sau ngày (để trống nếu chưa có)', 'Last day in force (empty if open)')}
            <DateText value={form.effectiveTo} onChange={(v) => set('effectiveTo', v)} />
          </label>
          <fieldset>
            <legend>{L('Cách thức nộp', 'Channels')}</legend>
            {channelOptions.map(([value, vi, en]) => (
              <label key={value} className="check">
                <input
                  type="checkbox"
                  checked={form.channels.includes(value)}
                  onChange={() => toggle('channels', value)}
                />
                {L(vi, en)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{L('Loại phí, lệ phí áp dụng', 'Fee categories covered')}</legend>
            {registry.feeCategories.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={form.categories.includes(c.id)}
                  onChange={() => toggle('categories', c.id)}
                />
                {tx(c.name)}
              </label>
            ))}
          </fieldset>
          <label className="check">
            <input
              type="checkbox"
              checked={form.excludeAppraisal}
              onChange={(e) => set('excludeAppraisal', e.target.checked)}
            />
            {L('Không áp dụng cho phí thẩm định', 'Appraisal fees excluded')}
          </label>
          <label>
            {L('Mức ưu đãi', 'Effect')}
            <select
              value={form.effect}
              onChange={(e) => set('effect', e.target.value as PolicyForm['effect'])}
            >
              <option value="set-zero">{L('Mức thu 0 đồng', '0 đồng')}</option>
              <option value="percent-off">{L('Giảm theo phần trăm', 'Percentage off')}</option>
              <option value="fixed-off">{L('Giảm một số tiền', 'Fixed reduction')}</option>
            </select>
          </label>
          {form.effect === 'percent-off' && (
            <label>
              {L('Phần trăm giảm', 'Percent off')}
              <input
                type="number"
                min={1}
                max={99}
                value={form.percent}
                onChange={(e) => set('percent', Number(e.target.value))}
              />
            </label>
          )}
          {form.effect === 'fixed-off' && (
            <label>
              {L('Số tiền giảm (đồng)', 'Reduction (đồng)')}
              <input
                type="number"
                min={1}
                value={form.amount}
                onChange={(e) => set('amount', Number(e.target.value))}
              />
            </label>
          )}
          <SupersedesPicker
            token={session.token}
            self={form.id}
            jurisdiction={form.jurisdiction}
            value={form.supersedes}
            onChange={(ids) => set('supersedes', ids)}
          />
          <label>
            {L('Nguồn (mỗi dòng một nguồn)', 'Sources (one per line)')}
            <textarea value={form.sources} onChange={(e) => set('sources', e.target.value)} />
          </label>
        </fieldset>
        <div className="actions">
          {editable && (
            <button type="submit" disabled={busy}>
              {L('Lưu bản nháp', 'Save draft')}
            </button>
          )}
          {allowed.has('submit') && (
            <button type="button" disabled={busy} onClick={() => act('submit')}>
              {L('Gửi duyệt', 'Submit for review')}
            </button>
          )}
          {allowed.has('approve') && (
            <button type="button" disabled={busy} onClick={() => act('approve')}>
              {L('Phê duyệt', 'Approve')}
            </button>
          )}
          {allowed.has('publish') && (
            <button type="button" disabled={busy} onClick={() => act('publish')}>
              {L('Công bố', 'Publish')}
            </button>
          )}
        </div>
        {allowed.has('send-back') && <SendBack busy={busy} onSend={(comment) => act('send-back', comment)} />}
        <p className="small" data-testid="policy-next">
          {nextStep(status, allowed, L)}
        </p>
      </form>
      {progress && (
        <p className="alert success" role="status" data-testid="publish-progress">
          {progress}
        </p>
      )}
      <ImpactTable rows={answer?.impact} />
    </section>
  );
}

/** One sentence under the buttons: what happens next, and who does it when it is not this officer. */
function nextStep(status: string, allowed: ReadonlySet<PolicyAction>, L: (vi: string, en: string) => string) {
  if (allowed.size === 0)
    return L(
      'Bạn chỉ xem được chính sách này: soạn, duyệt và công bố là việc của cán bộ có vai trò tương ứng thuộc địa bàn của chính sách (người đã soạn hoặc gửi duyệt không tự duyệt, tự công bố).',
      'You can only read this policy: authoring, review and publishing are for officers of its jurisdiction with those roles (whoever wrote or submitted it does not approve or publish it).',
    );
  switch (status) {
    case 'draft':
      return L(
        'Tiếp theo: lưu, rồi "Gửi duyệt"; một cán bộ phê duyệt khác sẽ xem xét.',
        'Next: save, then "Submit for review"; another approver reviews it.',
      );
    case 'in-review':
      return L(
        'Đang chờ duyệt: xem bảng ảnh hưởng bên dưới trước khi phê duyệt hoặc trả lại.',
        'In review: read the impact table below before approving or sending it back.',
      );
    case 'approved':
      return L(
        'Đã duyệt: khi công bố, chính sách có hiệu lực theo ngày đã ghi và Cổng dịch vụ công được cập nhật.',
        'Approved: once published it applies on its own dates and the portal is updated.',
      );
    default:
      return L(
        'Đang áp dụng. Sửa ở đây sẽ tạo một bản nháp mới; bản đang áp dụng giữ nguyên cho tới khi bản mới được công bố.',
        'In force. Editing here starts a new draft; this version stays in force until the new one is published.',
      );
  }
}

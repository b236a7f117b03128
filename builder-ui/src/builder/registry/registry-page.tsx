/**
 * #/builder/danh-muc: the registry — levels, administrative units, agencies, fields, fee
 * categories and citizen-data sources — edited as one draft and put through the same review as
 * procedures (submit → another officer approves → publish). Only
 * the buttons the signed-in officer may press are shown; a change that would break a published
 * procedure is listed beside the draft, and the API's refusal names every procedure concerned.
 * Bad input (empty or malformed id, duplicate id, missing name) is shown next to its control
 * when saving, and nothing is sent until it is fixed.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useOfficerSession, useSignOutOnExpiry } from '../../api/session';
import { useText } from '../../i18n/lang';
import { ErrorBox, Loading } from '../../ui/feedback';
import { href } from '../../ui/router';
import { useAsync } from '../../ui/use-async';
import { OfficerSignIn } from '../officer-sign-in';
import { publishDocVersion } from '../publish-doc';
import { ReviewComment, SendBack } from '../send-back';
import { StatusBadge } from '../status-badge';
import { AgencyEditor } from './agency-editor';
import { registryActions } from './registry-actions';
import { registryIssues } from './registry-issues';
import type { RegistryAnswer, RegistryBody } from './registry-types';
import { SourceEditor } from './source-editor';
import { FeeCategoriesEditor, FieldsEditor, JurisdictionsEditor, LevelsEditor } from './vocabulary-editors';

const base = '/api/admin/registry/registry';

export function RegistryPage() {
  const { L, tx } = useText();
  const session = useOfficerSession();
  const token = session?.token ?? null;
  const loaded = useAsync(async () => {
    if (!token) return null;
    const { head } = await api<{ head: { latestVersion: number } }>(base, { token });
    return api<RegistryAnswer>(`${base}/versions/${head.latestVersion}`, { token });
  }, [token]);
  useSignOutOnExpiry('officer', loaded.error);
  const [answer, setAnswer] = useState<RegistryAnswer | null>(null);
  const [body, setBody] = useState<RegistryBody | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  // problems are shown once a save was tried, then follow every keystroke
  const [tried, setTried] = useState(false);
  const [focusIssue, setFocusIssue] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusIssue > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusIssue]);
  useEffect(() => {
    if (loaded.data) {
      setAnswer(loaded.data);
      setBody(loaded.data.version.body);
    }
  }, [loaded.data]);

  if (!session) return <OfficerSignIn />;
  if (loaded.loading && !answer) return <Loading />;
  if (!answer || !body) return <ErrorBox error={loaded.error} />;
  const status = answer.version.status;
  const actions = registryActions(answer.version, session.principal);
  const editable = actions.includes('save');

  const run = async (call: () => Promise<RegistryAnswer>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const next = await call();
      setAnswer(next);
      setBody(next.version.body);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const issues = registryIssues(body);
  const shown = tried ? issues : new Map();
  const save = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (issues.size > 0) {
      setFocusIssue((n) => n + 1);
      return;
    }
    void run(() =>
      api<RegistryAnswer>(base, { method: 'PUT', token, body: { jurisdiction: 'viet-nam', registry: body } }),
    );
  };
  const act = (action: 'submit' | 'approve' | 'send-back' | 'publish', comment = '') => {
    const versionPath = `${base}/versions/${answer.version.version}`;
    // on a large catalog publishing runs as a job: its progress is shown until the release lands
    return run(() =>
      action === 'publish'
        ? publishDocVersion<RegistryAnswer>(versionPath, token, (p) => setProgress(tx(p)))
        : api<RegistryAnswer>(`${versionPath}/${action}`, {
            method: 'POST',
            token,
            ...(action === 'send-back' ? { body: { comment } } : {}),
          }),
    );
  };
  const broken = answer.registryCheck?.broken ?? [];
  const vocabulary = { body, disabled: !editable || busy, issues: shown, onChange: setBody };

  return (
    <section className="registry-editor">
      <p>
        <a href={href('builder')}>← {L('Danh sách thủ tục', 'Procedures')}</a>
      </p>
      <h1>
        {L('Danh mục dùng chung', 'Registry')} <StatusBadge status={status} />
      </h1>
      <p className="muted">
        {L(
          'Cấp hành chính, đơn vị hành chính, cơ quan, lĩnh vực, loại phí và nguồn dữ liệu công dân.',
          'Levels, administrative units, agencies, fields, fee categories and citizen-data sources.',
        )}
      </p>
      <p className="muted">
        {L(`Phiên bản ${answer.version.version}`, `Version ${answer.version.version}`)}
        {!editable &&
          status !== 'in-review' &&
          status !== 'approved' &&
          ` · ${L('Chỉ cán bộ quản trị được sửa danh mục.', 'Only administrators may change the registry.')}`}
      </p>
      {progress && (
        <p className="alert success" role="status" data-testid="publish-progress">
          {progress}
        </p>
      )}
      <ErrorBox error={error ?? loaded.error} />
      {status === 'draft' && <ReviewComment comment={answer.version.reviewComment} />}
      {broken.length > 0 && (
        <div className="alert" role="status" data-testid="registry-broken">
          <p>
            {L(
              'Bản nháp này sẽ làm hỏng các thủ tục/chính sách đang công bố:',
              'This draft would break these published procedures/policies:',
            )}
          </p>
          <ul>
            {broken.map((b) => (
              <li key={`${b.kind}-${b.id}`}>
                {b.id} ({b.problems.map((p) => p.code).join(', ')})
              </li>
            ))}
          </ul>
        </div>
      )}
      {tried && issues.size > 0 && (
        <div className="alert error" role="alert" data-testid="registry-issues">
          {L(
            `Chưa lưu: danh mục còn ${issues.size} lỗi, ghi ngay dưới ô cần sửa.`,
            `Not saved: the registry has ${issues.size} problem(s), shown under each control to fix.`,
          )}
        </div>
      )}
      <form ref={formRef} onSubmit={save} className="stack" noValidate>
        <LevelsEditor {...vocabulary} />
        <JurisdictionsEditor {...vocabulary} />
        <AgencyEditor
          registry={body}
          disabled={!editable || busy}
          issues={shown}
          onChange={(agencies) => setBody({ ...body, agencies })}
        />
        <FieldsEditor {...vocabulary} />
        <FeeCategoriesEditor {...vocabulary} />
        <SourceEditor
          sources={body.sources}
          disabled={!editable || busy}
          issues={shown}
          onChange={(sources) => setBody({ ...body, sources })}
        />
        <div className="actions">
          {editable && (
            <button type="submit" disabled={busy}>
              {L('Lưu bản nháp', 'Save draft')}
            </button>
          )}
          {actions.includes('submit') && (
            <button type="button" disabled={busy} onClick={() => act('submit')}>
              {L('Gửi duyệt', 'Submit for review')}
            </button>
          )}
          {actions.includes('approve') && (
            <button type="button" disabled={busy} onClick={() => act('approve')}>
              {L('Phê duyệt', 'Approve')}
            </button>
          )}
          {actions.includes('publish') && (
            <button type="button" disabled={busy} onClick={() => act('publish')}>
              {L('Công bố', 'Publish')}
            </button>
          )}
        </div>
        {actions.includes('send-back') && (
          <SendBack busy={busy} onSend={(comment) => act('send-back', comment)} />
        )}
      </form>
    </section>
  );
}

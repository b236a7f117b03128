/**
 * Editing one procedure version: sections of the definition on the left, the live citizen form
 * and fee calculator on the right (same core as the API), the checker's findings, the workflow
 * buttons and the version history.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Procedure } from '../../../functions/core/types';
import type { ProcedureHead } from '../../../functions/ports/index';
import { checkDefinition } from '../../../functions/use-cases/admin/check-definition';
import { ApiError, api } from '../api/client';
import { useOfficerSession, useSignOutOnExpiry } from '../api/session';
import { catalogContext } from '../catalog-context';
import { useText } from '../i18n/lang';
import { ErrorBoundary } from '../ui/error-boundary';
import { ErrorBox, Loading } from '../ui/feedback';
import { href, routeQuery } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { CopyProcedure } from './copy-procedure';
import { DocumentsSection } from './documents/documents-section';
import { FormSchemaSection } from './documents-form-sections';
import { FeesSection } from './fees/fees-section';
import { HistoryPanel, type VersionSummary } from './history-panel';
import { IdentitySection } from './identity-section';
import { JsonField } from './json-field';
import { tabOfPointer, useGoToPointer } from './lists/go-to-pointer';
import { ListsSection } from './lists/lists-section';
import { LivePreview } from './live-preview';
import { OfficerSignIn } from './officer-sign-in';
import { type CheckReport, ProblemsList } from './problems-list';
import { StatusBadge } from './status-badge';
import { performAction, type VersionDoc } from './version-actions';
import { type WorkflowAction, WorkflowActions } from './workflow-actions';

type Tab = 'identity' | 'fees' | 'documents' | 'form' | 'other' | 'json';

/** #/builder/:id */
export function ProcedureEditor({ id }: { id: string }) {
  const session = useOfficerSession();
  if (!session) return <OfficerSignIn />;
  // A new key per procedure: nothing of one procedure’s editing state leaks into another’s.
  return <Editor key={id} id={id} token={session.token} roles={session.principal.roles} />;
}

function Editor({ id, token, roles }: { id: string; token: string; roles: string[] }) {
  const { L, tx } = useText();
  const base = `/api/admin/procedures/${encodeURIComponent(id)}`;
  const overview = useAsync(
    () => api<{ head: ProcedureHead; versions: VersionSummary[] }>(base, { token }),
    [base, token],
  );
  const [selected, setSelected] = useState<number | null>(() => Number(routeQuery().get('v')) || null);
  const versionNo = selected ?? overview.data?.head.latestVersion ?? null;
  const [doc, setDoc] = useState<VersionDoc | null>(null);
  const [draft, setDraft] = useState<Procedure | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ report: CheckReport; source: 'server' | 'browser' } | null>(null);
  const [tab, setTab] = useState<Tab>('identity');
  useSignOutOnExpiry('officer', overview.error ?? loadError ?? actionError);
  useGoToPointer(useCallback((pointer: string) => setTab(tabOfPointer(pointer) as Tab), []));

  useEffect(() => {
    if (versionNo === null) return;
    let live = true;
    api<VersionDoc>(`${base}/versions/${versionNo}`, { token }).then(
      (v) => {
        if (!live) return;
        setDoc(v);
        setDraft(v.definition);
        setReport(null);
      },
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [base, token, versionNo]);

  // A report describes one state of the definition; an edit makes it stale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: draft is the trigger, not read
  useEffect(() => setReport(null), [draft]);

  const dirty = useMemo(
    () => !!doc && !!draft && JSON.stringify(doc.definition) !== JSON.stringify(draft),
    [doc, draft],
  );
  // The same checks as the server's "validate", run on the unsaved edits as the officer types.
  const deferred = useDeferredValue(draft);
  const liveReport = useMemo(
    () => (deferred && dirty ? checkDefinition(catalogContext, deferred) : null),
    [deferred, dirty],
  );

  if (overview.error || loadError) return <ErrorBox error={overview.error ?? loadError} />;
  if (!overview.data || !doc || !draft) return <Loading />;
  const head = overview.data.head;
  const editable = doc.status === 'draft' && (roles.includes('author') || roles.includes('admin'));

  const run = async (action: WorkflowAction, comment?: string) => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      const outcome = await performAction(base, token, doc, draft, action, comment);
      if (outcome.doc) {
        setDoc(outcome.doc);
        setDraft(outcome.doc.definition);
      }
      if (outcome.open !== undefined) setSelected(outcome.open);
      setNotice(outcome.notice ? tx(outcome.notice) : null);
      overview.reload();
    } catch (e) {
      // 422 problems are listed with their pointers by the error box.
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };

  const validate = async () => {
    if (dirty) {
      setReport({ report: checkDefinition(catalogContext, draft), source: 'browser' });
      return;
    }
    try {
      setReport({
        report: await api<CheckReport>(`${base}/versions/${doc.version}/validate`, {
          method: 'POST',
          token,
          body: {},
        }),
        source: 'server',
      });
    } catch (e) {
      setActionError(e);
    }
  };

  // Someone else saved first: take their version; the officer re-applies her edit on top of it.
  const reloadLatest = async () => {
    try {
      const latest = await api<VersionDoc>(`${base}/versions/${doc.version}`, { token });
      setDoc(latest);
      setDraft(latest.definition);
      setActionError(null);
      overview.reload();
    } catch (e) {
      setActionError(e);
    }
  };

  const conflict = actionError instanceof ApiError && actionError.status === 409;
  const tabs: [Tab, string][] = [
    ['identity', L('Thông tin chung', 'Identity')],
    ['fees', L('Cách thức & phí', 'Channels & fees')],
    ['documents', L('Hồ sơ & tái sử dụng', 'Documents & reuse')],
    ['form', L('Biểu mẫu', 'Form')],
    ['other', L('Trình tự & căn cứ', 'Steps & legal basis')],
    ['json', 'JSON'],
  ];
  const broken = (
    <p className="alert error" role="alert">
      {L(
        'Phần này chưa hiển thị được vì định nghĩa đang sai cấu trúc; hãy sửa trong thẻ JSON hoặc bấm "Kiểm tra".',
        'This part cannot be shown while the definition is malformed; fix it in the JSON tab or press "Check".',
      )}
    </p>
  );
  const sectionProps = { definition: draft, onChange: setDraft, readOnly: !editable };

  return (
    <div className="editor">
      <p className="muted small">
        <a href={href('builder')}>{L('‹ Danh sách thủ tục', '‹ Procedures')}</a>
      </p>
      <h1>{tx(draft.name)}</h1>
      <p>
        {draft.code} · {L('Phiên bản', 'Version')} {doc.version} <StatusBadge status={doc.state} />{' '}
        {dirty && <span className="badge warn">{L('Có thay đổi chưa lưu', 'Unsaved changes')}</span>}
      </p>
      {doc.reviewComment && doc.status === 'draft' && (
        <p className="alert">
          {L('Ý kiến khi trả lại: ', 'Sent back with: ')}
          {doc.reviewComment}
        </p>
      )}
      <WorkflowActions
        status={doc.status}
        isLatest={doc.version === head.latestVersion}
        roles={roles}
        dirty={dirty}
        busy={busy}
        onAction={(a, c) => void run(a, c)}
      />
      <div className="row wrap">
        <button type="button" onClick={() => void validate()}>
          {L('Kiểm tra', 'Check')}
        </button>
        {dirty && (
          <button type="button" className="link" onClick={() => setDraft(doc.definition)}>
            {L('Bỏ thay đổi', 'Discard changes')}
          </button>
        )}
      </div>
      {notice && (
        <p className="alert success" role="status">
          {notice}
        </p>
      )}
      <ErrorBox error={actionError}>
        {conflict && (
          <button type="button" onClick={() => void reloadLatest()}>
            {L('Tải bản mới nhất (bỏ thay đổi của tôi)', 'Load the latest (discard my edits)')}
          </button>
        )}
      </ErrorBox>
      {report && <ProblemsList report={report.report} source={report.source} />}
      {!report && liveReport && !liveReport.valid && <ProblemsList report={liveReport} source="browser" />}

      <div className="split">
        <div>
          <div role="tablist" className="tabs" aria-label={L('Phần định nghĩa', 'Definition sections')}>
            {tabs.map(([key, label]) => (
              <button
                key={key}
                type="button"
                role="tab"
                aria-selected={tab === key}
                onClick={() => setTab(key)}
              >
                {label}
              </button>
            ))}
          </div>
          <div role="tabpanel">
            <ErrorBoundary resetKey={draft} fallback={broken}>
              {tab === 'identity' && <IdentitySection {...sectionProps} />}
              {tab === 'fees' && <FeesSection {...sectionProps} />}
              {tab === 'documents' && <DocumentsSection {...sectionProps} />}
              {tab === 'other' && <ListsSection {...sectionProps} />}
              {tab === 'form' && <FormSchemaSection {...sectionProps} />}
              {tab === 'json' && (
                <fieldset className="section" disabled={!editable}>
                  <legend>{L('Toàn bộ định nghĩa (JSON)', 'Whole definition (JSON)')}</legend>
                  <JsonField
                    label={L('Định nghĩa thủ tục', 'Procedure definition')}
                    value={draft}
                    onChange={(v) => setDraft(v as Procedure)}
                    rows={30}
                  />
                </fieldset>
              )}
            </ErrorBoundary>
          </div>
          {(roles.includes('author') || roles.includes('admin')) && (
            <CopyProcedure definition={draft} token={token} />
          )}
          <HistoryPanel
            procedureId={id}
            token={token}
            versions={overview.data.versions}
            current={doc.version}
            onOpen={setSelected}
          />
        </div>
        <ErrorBoundary resetKey={draft} fallback={broken}>
          <LivePreview definition={draft} />
        </ErrorBoundary>
      </div>
    </div>
  );
}

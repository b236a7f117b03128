/**
 * Editing one procedure version: the workflow path and buttons on top, tabs of the definition on
 * the left (each with its findings, counted on the tab), the live citizen form and fee calculator on
 * the right (same core as the API), then the version history.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compileProcedure } from '../../../functions/core/index';
import { testCaseFromPreview } from '../../../functions/core/testing/test-case-from-result';
import type { Procedure } from '../../../functions/core/types';
import type { ProcedureHead } from '../../../functions/ports/index';
import { ApiError, api } from '../api/client';
import { useOfficerSession, useSignOutOnExpiry } from '../api/session';
import { catalogContext } from '../catalog-context';
import { formatDate } from '../i18n/format';
import { useText } from '../i18n/lang';
import { channelName } from '../portal/describe';
import { ErrorBoundary } from '../ui/error-boundary';
import { ErrorBox, Loading } from '../ui/feedback';
import { href, routeQuery } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { CopyProcedure } from './copy-procedure';
import { FindingsProvider } from './findings/findings-context';
import { focusFinding } from './findings/focus-finding';
import { HistoryPanel, type VersionSummary } from './history-panel';
import { useGoToPointer } from './lists/go-to-pointer';
import { useLiveCheck } from './live-check/use-live-check';
import { LivePreview, type PreviewSnapshot } from './live-preview';
import { OfficerSignIn } from './officer-sign-in';
import { countByTab, locateProblem } from './problem-location';
import { type CheckReport, type Problem, ProblemsList, ReportSummary, TestOutcomes } from './problems-list';
import { sameAsJson } from './same-as-json';
import { TABS, type TabKey } from './sections';
import { StatusBadge } from './status-badge';
import { TabContent } from './tab-content';
import { useUnsavedGuard } from './unsaved-guard';
import { performAction, type VersionDoc } from './version-actions';
import { type WorkflowAction, WorkflowActions } from './workflow-actions';
import './editor.css';

// The code editor is big and only experts open it: it loads when the JSON tab is first shown.
const JsonCodeEditor = lazy(() => import('./json-code-editor'));

/**
 * What the editor places on its tabs: the checker's findings, and each failed test case as a
 * finding on that case (the report lists the cases in order, so the index is the case's).
 */
function findingsOf(report: CheckReport | null): Problem[] {
  if (!report) return [];
  const failed = report.tests.flatMap((t, i) =>
    t.failures.map(
      (f): Problem => ({ severity: 'error', path: `/tests/${i}`, code: 'test.failed', message: f.message }),
    ),
  );
  return [...report.problems, ...failed];
}

/** #/builder/:id */
export function ProcedureEditor({ id }: { id: string }) {
  const session = useOfficerSession();
  if (!session) return <OfficerSignIn />;
  // A new key per procedure: nothing of one procedure’s editing state leaks into another’s.
  return <Editor key={id} id={id} token={session.token} principal={session.principal} />;
}

interface Principal {
  sub: string;
  agency: string;
  roles: string[];
}

/** Is version `published` of `id` in the portal's current catalog? null while unknown. */
function usePortalHas(id: string, published: number | null, token: string, tick: number) {
  const [has, setHas] = useState<boolean | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick re-reads after a publish or release
  useEffect(() => {
    if (published === null) return setHas(null);
    let live = true;
    // one procedure's entry of the current release, not its manifest (1.7 MB at 2,000 procedures);
    // 404 when the release does not hold it
    api<{ procedure: { version: number } }>(
      `/api/publish/releases/current/procedures/${encodeURIComponent(id)}`,
      { token },
    ).then(
      (r) => live && setHas(r.procedure.version === published),
      () => live && setHas(false),
    );
    return () => {
      live = false;
    };
  }, [id, published, token, tick]);
  return has;
}

function Editor({ id, token, principal }: { id: string; token: string; principal: Principal }) {
  const { L, tx, lang } = useText();
  const roles = principal.roles;
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
  const [serverReport, setServerReport] = useState<CheckReport | null>(null);
  const [tab, setTab] = useState<TabKey>('identity');
  const [focus, setFocus] = useState<{ pointer: string } | null>(null);
  const [releaseTick, setReleaseTick] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  useSignOutOnExpiry('officer', overview.error ?? loadError ?? actionError);
  // A click on a finding, or on a Decree 42 checklist item: show its tab, then focus its control.
  const goTo = useCallback((pointer: string) => {
    setTab(locateProblem(pointer).tab);
    setFocus({ pointer });
  }, []);
  useGoToPointer(goTo);

  useEffect(() => {
    if (versionNo === null) return;
    let live = true;
    api<VersionDoc>(`${base}/versions/${versionNo}`, { token }).then(
      (v) => {
        if (!live) return;
        setDoc(v);
        setDraft(v.definition);
        setServerReport(null);
      },
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [base, token, versionNo]);

  // A server report describes the saved version; an edit makes it stale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: draft is the trigger, not read
  useEffect(() => setServerReport(null), [draft]);

  // Compared by walking, not by writing both out: per keystroke only the edited part is visited.
  const dirty = useMemo(() => !!doc && !!draft && !sameAsJson(doc.definition, draft), [doc, draft]);
  const guard = useUnsavedGuard(dirty);
  // The same checks as the server's "validate", run on the definition on screen as the officer types.
  const liveCheck = useLiveCheck(draft);
  const liveReport = liveCheck?.report ?? null;
  // The checker's findings and the failed test cases, each at its place.
  const problems = useMemo(() => findingsOf(liveReport), [liveReport]);
  const published = overview.data?.head.publishedVersion ?? null;
  const portalHas = usePortalHas(id, published, token, releaseTick);

  // After a click on a finding: the tab is shown, then its field is focused.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per click; the draft at that moment maps prefill findings
  useEffect(() => {
    if (!focus || !panel.current) return;
    if (!focusFinding(panel.current, focus.pointer, draft ?? undefined)) panel.current.focus();
  }, [focus]);

  if (overview.error || loadError) return <ErrorBox error={overview.error ?? loadError} />;
  if (!overview.data || !doc || !draft) return <Loading />;
  const head = overview.data.head;
  const author = roles.includes('author') || roles.includes('admin');
  const editable = doc.status === 'draft' && author;

  const run = async (action: WorkflowAction, comment?: string) => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      const outcome = await performAction(base, token, doc, draft, action, comment, (p) => setNotice(tx(p)));
      if (outcome.doc) {
        setDoc(outcome.doc);
        setDraft(outcome.doc.definition);
      }
      if (outcome.open !== undefined) setSelected(outcome.open);
      setNotice(outcome.notice ? tx(outcome.notice) : null);
      if (outcome.releaseError) setActionError(outcome.releaseError);
      setReleaseTick((n) => n + 1);
      overview.reload();
    } catch (e) {
      // 422 problems are listed with their pointers by the error box.
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };

  const validateSaved = async () => {
    try {
      setServerReport(
        await api<CheckReport>(`${base}/versions/${doc.version}/validate`, {
          method: 'POST',
          token,
          body: {},
        }),
      );
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

  const saveTestCase = (snapshot: PreviewSnapshot) => {
    try {
      const compiled = compileProcedure(draft, catalogContext);
      const n = draft.tests.length + 1;
      // Named in the officer's words: "Ca 1: Trực tuyến, 02/12/2026", not the format's "online, 2026-12-02".
      const when = `${tx(channelName(snapshot.channel))}, ${formatDate(snapshot.date, lang)}`;
      const name = L(`Ca ${n}: ${when}`, `Case ${n}: ${when}`);
      const testCase = testCaseFromPreview(compiled, { name, ...snapshot });
      setDraft({ ...draft, tests: [...draft.tests, testCase] });
      setNotice(
        L(
          `Đã thêm ca kiểm thử "${name}" (chưa lưu) — xem và sửa điều mong đợi ở thẻ "Ca kiểm thử".`,
          `Added test case "${name}" (unsaved) — review its expectations on the "Test cases" tab.`,
        ),
      );
    } catch (e) {
      setActionError(e);
    }
  };

  const counts = countByTab(problems.map((p) => p.path));
  const errorsOn = (key: TabKey) =>
    problems.filter((p) => p.severity === 'error' && locateProblem(p.path).tab === key).length;
  const conflict = actionError instanceof ApiError && actionError.status === 409;
  const broken = (
    <p className="alert error" role="alert">
      {L(
        'Phần này chưa hiển thị được vì định nghĩa đang sai cấu trúc; hãy xem các lỗi ở trên hoặc sửa trong thẻ JSON.',
        'This part cannot be shown while the definition is malformed; see the findings above or fix it in the JSON tab.',
      )}
    </p>
  );
  const sectionProps = { definition: draft, onChange: setDraft, readOnly: !editable };
  const tabProblems = problems.filter((p) => locateProblem(p.path).tab === tab);

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
        me={principal.sub}
        submittedBy={doc.status === 'in-review' ? doc.updatedBy : undefined}
        dirty={dirty}
        busy={busy}
        portalPending={doc.status === 'published' && portalHas === false && doc.version === published}
        onAction={(a, c) => void run(a, c)}
      />
      <div className="row wrap">
        {dirty && (
          <button type="button" className="link" onClick={() => setDraft(doc.definition)}>
            {L('Bỏ thay đổi', 'Discard changes')}
          </button>
        )}
        {!dirty && (
          <button type="button" onClick={() => void validateSaved()}>
            {L('Kiểm tra bản đã lưu trên máy chủ', 'Check the saved version on the server')}
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
      {serverReport && (
        <>
          <ReportSummary report={serverReport} source="server" />
          <ProblemsList problems={serverReport.problems} onGo={goTo} />
          <TestOutcomes tests={serverReport.tests} />
        </>
      )}
      {!serverReport && liveReport && <ReportSummary report={liveReport} source="browser" />}

      <FindingsProvider findings={problems} procedure={draft}>
        <div className="split">
          <div>
            <div role="tablist" className="tabs" aria-label={L('Phần định nghĩa', 'Definition sections')}>
              {TABS.map(({ key, label }) => (
                <button
                  key={key}
                  id={`tab-${key}`}
                  type="button"
                  role="tab"
                  aria-selected={tab === key}
                  aria-controls="editor-panel"
                  onClick={() => setTab(key)}
                >
                  {tx(label)}
                  {counts[key] !== undefined && (
                    <span className={`count${errorsOn(key) === 0 ? ' warn' : ''}`}>
                      {counts[key]}
                      <span className="visually-hidden">{L(' vấn đề', ' finding(s)')}</span>
                    </span>
                  )}
                </button>
              ))}
            </div>
            <div role="tabpanel" id="editor-panel" aria-labelledby={`tab-${tab}`} ref={panel} tabIndex={-1}>
              <ProblemsList problems={tabProblems} onGo={goTo} />
              <ErrorBoundary resetKey={draft} fallback={broken}>
                {tab === 'json' ? (
                  <fieldset className="section">
                    <legend>
                      {L(
                        'Toàn bộ định nghĩa (JSON, dành cho chuyên gia)',
                        'Whole definition (JSON, for experts)',
                      )}
                    </legend>
                    <p className="small muted">
                      {L(
                        'Mọi phần đều sửa được bằng các thẻ khác; ở đây sửa trực tiếp JSON, đồng bộ hai chiều. Lỗi hiện ở đúng dòng.',
                        'Every part can be edited on the other tabs; here the JSON itself, kept in sync both ways. Errors show at their line.',
                      )}
                    </p>
                    <Suspense fallback={<Loading />}>
                      <JsonCodeEditor
                        value={draft}
                        onChange={(v) => setDraft(v as Procedure)}
                        readOnly={!editable}
                        label={L('Định nghĩa thủ tục (JSON)', 'Procedure definition (JSON)')}
                      />
                    </Suspense>
                  </fieldset>
                ) : (
                  <TabContent tab={tab} {...sectionProps} />
                )}
              </ErrorBoundary>
            </div>
            {author && <CopyProcedure procedureId={id} token={token} agency={principal.agency} />}
            <HistoryPanel
              procedureId={id}
              token={token}
              versions={overview.data.versions}
              current={doc.version}
              onOpen={(v) => guard.confirm(() => setSelected(v))}
            />
          </div>
          <ErrorBoundary resetKey={draft} fallback={broken}>
            <LivePreview
              definition={draft}
              compileError={liveCheck?.compileError ?? null}
              onSaveTestCase={editable ? saveTestCase : undefined}
            />
          </ErrorBoundary>
        </div>
      </FindingsProvider>
      {guard.dialog}
    </div>
  );
}

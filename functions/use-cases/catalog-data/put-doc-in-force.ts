/**
 * Putting an approved policy or registry version in force: the catalog release is built AS IF it
 * were published (plan-release.ts with a candidate), and the version is marked published (one
 * DynamoDB transaction: version, head, audit) only once the release's objects and manifest are
 * stored, right before the current-release pointer moves (write-release.ts `beforeCurrent`).
 *
 * So a failed build leaves the version approved and the previous release current — nothing is
 * half-published, and pressing "Công bố" again retries. Should the pointer write itself fail after
 * the version was marked, the mark is undone (version approved again, audited). A version changed
 * since it was checked (sent back, say) fails the transaction's revision condition instead of
 * being published unseen.
 */
import { ConflictError, ForbiddenError } from '../../errors';
import type { CatalogDocHead, CatalogDocKind, CatalogDocVersion, Officer } from '../../ports';
import { auditEntry } from '../admin/commit-change';
import type { ReleasePlan } from '../publish/plan-release';
import type { JobDeps } from '../publish/publish-job';
import type { ReleaseManifest } from '../publish/read-release';
import { type PublishStats, writeRelease } from '../publish/write-release';
import { docEntity } from './doc-title';
import { loadDocVersion } from './load-doc';
import { assertRegistrySafe } from './registry-change';
import { transitionDoc } from './transition-doc';

export interface DocTarget {
  kind: CatalogDocKind;
  id: string;
  version: number;
}

export interface InForce {
  head: CatalogDocHead;
  version: CatalogDocVersion;
  release: ReleaseManifest;
  stats: PublishStats;
}

/**
 * Loads the version for a publisher and checks it may be put in force now: approved, the revision
 * the client read (`ifMatch`, or the job's), not written by this officer. Cheap: no catalog reads.
 */
export async function checkPublishable(
  deps: JobDeps,
  officer: Officer,
  target: DocTarget & { ifMatch?: string | number },
): Promise<{ head: CatalogDocHead; version: CatalogDocVersion }> {
  const loaded = await loadDocVersion(deps, officer, target.kind, target.id, target.version, ['publisher']);
  const { version } = loaded;
  if (version.status !== 'approved') {
    throw new ConflictError(`${target.kind}.invalid-transition`, {
      vi: `Phiên bản ${version.version} đang ở trạng thái "${version.status}", không thể công bố (cần: approved).`,
      en: `Version ${version.version} is "${version.status}" and cannot be published (it must be: approved).`,
    });
  }
  const expected = target.ifMatch === undefined ? '' : String(target.ifMatch).replace(/^W\//, '');
  const read = /^\s*"?(\d+)"?\s*$/.exec(expected)?.[1];
  if (expected.trim() !== '' && Number(read) !== version.revision) {
    throw new ConflictError(`${target.kind}.revision-conflict`, {
      vi: `Phiên bản ${version.version} đã được sửa (bản sửa đổi ${version.revision}) sau khi bạn đọc; hãy tải lại.`,
      en: `Version ${version.version} changed (revision ${version.revision}) since you read it; reload it.`,
    });
  }
  assertNotAuthor(officer, version);
  return loaded;
}

/** The registry check (reads every published procedure): only where long work may run. */
export async function checkRegistry(deps: JobDeps, version: CatalogDocVersion): Promise<void> {
  if (version.kind === 'registry') await assertRegistrySafe(deps, version.body);
}

/**
 * Builds and stores the release `plan` describes (planned with `version` as the candidate) and
 * marks `version` published just before the release becomes current.
 */
export async function putDocInForce(
  deps: JobDeps,
  officer: Officer,
  version: CatalogDocVersion,
  plan: ReleasePlan,
  onProgress?: (done: number, total: number) => void,
): Promise<InForce> {
  let marked: { head: CatalogDocHead; version: CatalogDocVersion } | undefined;
  let before: CatalogDocHead | undefined;
  const mark = async () => {
    before = (await deps.catalogDocs.getHead(version.kind, version.id)) ?? undefined;
    marked = await transitionDoc(deps, officer, {
      kind: version.kind,
      id: version.id,
      version: version.version,
      ifMatch: String(version.revision),
      roles: ['publisher'],
      from: ['approved'],
      to: 'published',
      action: `${version.kind}.publish`,
      guard: (v) => assertNotAuthor(officer, v),
      patch: { publishedAt: deps.clock.now().toISOString() },
      publishes: true,
    });
    return () => unmark(deps, officer, marked!, before?.publishedVersion ?? null);
  };
  if (plan.kind === 'unchanged') {
    // the same registry or policies in content (e.g. a re-approved identical version): no new release
    await mark();
    return { ...marked!, release: plan.manifest, stats: { built: 0, reused: 0, objectsWritten: 0 } };
  }
  const result = await writeRelease(deps, officer, plan, onProgress, mark);
  return { ...marked!, release: result.release, stats: result.stats };
}

function assertNotAuthor(officer: Officer, version: CatalogDocVersion): void {
  if (version.authors.includes(officer.sub)) {
    throw new ForbiddenError('review.own-content', {
      vi: `Bạn đã soạn nội dung của phiên bản ${version.version} nên không thể tự công bố nó; cần một cán bộ khác.`,
      en: `You wrote content of version ${version.version}, so you cannot publish it yourself; another officer must.`,
    });
  }
}

/** The version back to approved and the head to its earlier published version (audited). */
async function unmark(
  deps: JobDeps,
  officer: Officer,
  marked: { head: CatalogDocHead; version: CatalogDocVersion },
  publishedBefore: number | null,
): Promise<void> {
  const at = deps.clock.now().toISOString();
  const { publishedAt: _publishedAt, ...rest } = marked.version;
  const isLatest = marked.version.version === marked.head.latestVersion;
  await deps.catalogDocs.commit(
    {
      version: { ...rest, status: 'approved', revision: marked.version.revision + 1, updatedAt: at },
      head: {
        ...marked.head,
        status: isLatest ? 'approved' : marked.head.status,
        publishedVersion: publishedBefore,
        revision: marked.head.revision + 1,
        updatedAt: at,
      },
    },
    { versionRevision: marked.version.revision, headRevision: marked.head.revision },
    auditEntry(deps, officer, {
      action: `${marked.version.kind}.publish-undone`,
      entity: docEntity(marked.version.kind, marked.version.id),
      detail: { version: marked.version.version, reason: 'the catalog release could not be made current' },
    }),
  );
}

/**
 * Saving a policy or registry draft. A new id starts at version 1; a document whose latest
 * version is published (or retired) gets a new draft version; a draft is replaced in place (with
 * If-Match checked when sent). A version in review or approved cannot be edited: send it back
 * first (409). The body must follow the catalog format (422); semantic checks run at submit.
 */
import { ConflictError } from '../../errors';
import type { AppDeps, CatalogDocHead, CatalogDocKind, CatalogDocVersion, Officer } from '../../ports';
import { auditEntry } from '../admin/commit-change';
import { assertRevision, expectedRevision } from '../admin/expected-revision';
import { assertDocFormat } from './check-doc';
import { assertDocAuthority } from './doc-authority';
import { docEntity, docTitle } from './doc-title';
import { docNotFound } from './load-doc';
import { publishedContext } from './published-context';

export interface SaveDraftInput {
  kind: CatalogDocKind;
  id: string;
  /** The policy's jurisdiction (ignored for the registry, which is national). */
  jurisdiction: string;
  body: Record<string, unknown>;
  ifMatch?: string;
}

type Deps = Pick<AppDeps, 'catalogDocs' | 'catalog' | 'audit' | 'clock'>;

/** Creates or updates the draft; returns the head and the draft version. */
export async function saveDocDraft(
  deps: Deps,
  officer: Officer,
  input: SaveDraftInput,
): Promise<{ head: CatalogDocHead; version: CatalogDocVersion; created: boolean }> {
  const { kind, id, body } = input;
  if (id.length > 80 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw docNotFound(kind, id);
  const jurisdiction = kind === 'registry' ? 'viet-nam' : input.jurisdiction;
  const { registry } = await publishedContext(deps);
  assertDocAuthority(officer, kind, jurisdiction, ['author'], registry);
  assertDocFormat(kind, jurisdiction, body);

  const head = await deps.catalogDocs.getHead(kind, id);
  if (head && head.jurisdiction !== jurisdiction) {
    // moving a policy to another jurisdiction is a different policy: both sides must agree
    assertDocAuthority(officer, kind, head.jurisdiction, ['author'], registry);
  }
  const latest = head ? await deps.catalogDocs.getVersion(kind, id, head.latestVersion) : null;
  if (latest && (latest.status === 'in-review' || latest.status === 'approved')) {
    throw new ConflictError(`${kind}.not-editable`, {
      vi: `Phiên bản ${latest.version} đang chờ duyệt hoặc đã duyệt; hãy trả lại bản nháp trước khi sửa.`,
      en: `Version ${latest.version} is in review or approved; send it back to draft before editing.`,
    });
  }
  const editInPlace = latest?.status === 'draft';
  if (editInPlace && input.ifMatch !== undefined && input.ifMatch.trim() !== '') {
    assertRevision(latest.revision, expectedRevision(input.ifMatch, {}));
  }
  const at = deps.clock.now().toISOString();
  const number = editInPlace ? latest.version : (head?.latestVersion ?? 0) + 1;
  const version: CatalogDocVersion = {
    kind,
    id,
    version: number,
    status: 'draft',
    jurisdiction,
    body,
    revision: editInPlace ? latest.revision + 1 : 1,
    authors:
      editInPlace && !latest.authors.includes(officer.sub)
        ? [...latest.authors, officer.sub]
        : editInPlace
          ? latest.authors
          : [officer.sub],
    createdAt: editInPlace ? latest.createdAt : at,
    createdBy: editInPlace ? latest.createdBy : officer.sub,
    updatedAt: at,
    updatedBy: officer.sub,
  };
  const nextHead: CatalogDocHead = {
    kind,
    id,
    jurisdiction,
    title: docTitle(kind, body),
    latestVersion: number,
    publishedVersion: head?.publishedVersion ?? null,
    status: 'draft',
    revision: (head?.revision ?? 0) + 1,
    updatedAt: at,
  };
  await deps.catalogDocs.commit(
    { version, head: nextHead },
    { versionRevision: editInPlace ? latest.revision : null, headRevision: head?.revision ?? null },
    auditEntry(deps, officer, {
      action: `${kind}.${editInPlace ? 'update' : 'create'}`,
      entity: docEntity(kind, id),
      detail: { version: number, jurisdiction },
    }),
  );
  return { head: nextHead, version, created: !editInPlace };
}

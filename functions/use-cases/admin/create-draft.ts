/**
 * Creates a new procedure: version 1 as a draft, owned by the author's agency. The definition must
 * pass the format (422 with the checker's problems otherwise); semantic checks and test cases are
 * run later by "validate" and gate "submit", so an author can save unfinished work.
 */

import { BadRequestError, ConflictError } from '../../errors';
import { assertAgency, assertRole } from '../../http/auth';
import type { AppDeps, Officer, ProcedureHead, ProcedureVersion } from '../../ports';
import { assertFormat } from './check-definition';
import { commitChange } from './commit-change';
import { headFromVersion } from './head-from-version';
import { auditEntity } from './procedure-access';

/** Validates and stores the draft; returns the stored version (revision 1). */
export async function createDraft(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  body: Record<string, unknown>,
): Promise<{ head: ProcedureHead; version: ProcedureVersion }> {
  assertRole(officer, ['author']);
  const definition = assertFormat(definitionOf(body));
  assertAgency(officer, definition.agency);
  const existing = await deps.procedures.getHead(definition.id);
  if (existing) {
    throw new ConflictError('procedure.exists', {
      vi: `Đã có thủ tục với mã định danh "${definition.id}"; hãy tạo phiên bản mới cho thủ tục đó.`,
      en: `A procedure with id "${definition.id}" already exists; create a new version of it instead.`,
    });
  }
  const at = deps.clock.now().toISOString();
  const version: ProcedureVersion = {
    procedureId: definition.id,
    version: 1,
    status: 'draft',
    agency: definition.agency,
    definition,
    revision: 1,
    createdAt: at,
    createdBy: officer.sub,
    authors: [officer.sub],
    updatedAt: at,
    updatedBy: officer.sub,
  };
  const head = headFromVersion(version, {
    latestVersion: 1,
    publishedVersion: null,
    revision: 1,
    updatedAt: at,
  });
  await commitChange(
    deps,
    officer,
    { version, previous: null, head, headRevision: null },
    {
      action: 'procedure.create',
      entity: auditEntity(definition.id),
      detail: { version: 1, code: definition.code },
    },
  );
  return { head, version };
}

/** The definition travels as `{ "definition": { … } }` so the envelope can grow (e.g. `revision`). */
export function definitionOf(body: Record<string, unknown>): unknown {
  if (!('definition' in body)) {
    throw new BadRequestError('procedure.definition-missing', {
      vi: 'Thiếu trường "definition" chứa định nghĩa thủ tục.',
      en: 'The body must have a "definition" field holding the procedure definition.',
    });
  }
  return body.definition;
}

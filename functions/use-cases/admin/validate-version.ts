/** Runs every check on one version without changing it: what "submit" will require. */
import type { AppDeps, Officer } from '../../ports';
import { checkDefinition, type DefinitionReport } from './check-definition';
import { loadVersionFor } from './procedure-access';

/** Any officer of the agency may validate; the report lists format and semantic problems and test results. */
export async function validateVersion(
  deps: Pick<AppDeps, 'procedures' | 'catalog'>,
  officer: Officer,
  input: { procedureId: string; version: number },
): Promise<Omit<DefinitionReport, 'errors'> & { procedureId: string; version: number }> {
  const { version } = await loadVersionFor(deps, officer, input.procedureId, input.version);
  const { errors: _errors, ...report } = checkDefinition(deps.catalog, version.definition);
  return { procedureId: input.procedureId, version: input.version, ...report };
}

/**
 * Citizens read only their own dossiers. Someone else's code answers 404, exactly like a code
 * that does not exist, so codes cannot be probed.
 */
import { NotFoundError } from '../../errors';
import type { AppDeps, Citizen, Dossier } from '../../ports/index';

const CODE = /^[A-Z0-9-]{1,40}$/;

function dossierNotFound(code: string): NotFoundError {
  return new NotFoundError('dossier.not-found', {
    vi: `Không tìm thấy hồ sơ "${code.slice(0, 40)}" của bạn.`,
    en: `No dossier "${code.slice(0, 40)}" of yours was found.`,
  });
}

/** One dossier of the signed-in citizen, or 404 `dossier.not-found`. */
export async function getOwnDossier(deps: AppDeps, citizen: Citizen, code: string): Promise<Dossier> {
  if (!CODE.test(code)) throw dossierNotFound(code);
  const dossier = await deps.dossiers.getDossier(code);
  if (!dossier || dossier.owner !== citizen.sub) throw dossierNotFound(code);
  return dossier;
}

/** A short list entry: the answers and files stay in the detail view. */
export interface DossierSummary {
  code: string;
  procedureId: string;
  procedureVersion: number;
  channel: string;
  status: string;
  receivedAt: string;
  dueAt: string | null;
}

/** The signed-in citizen's dossiers, newest first. */
export async function listOwnDossiers(deps: AppDeps, citizen: Citizen): Promise<DossierSummary[]> {
  const dossiers = await deps.dossiers.listDossiers(citizen.sub);
  return dossiers
    .filter((dossier) => dossier.owner === citizen.sub)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
    .map((dossier) => ({
      code: dossier.code,
      procedureId: dossier.procedureId,
      procedureVersion: dossier.procedureVersion,
      channel: dossier.channel,
      status: dossier.status,
      receivedAt: dossier.receivedAt,
      dueAt: dossier.dueAt ?? null,
    }));
}

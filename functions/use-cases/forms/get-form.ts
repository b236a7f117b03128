/**
 * The citizen's form: the core generates it from the published version for one channel and
 * filing date; when a citizen is signed in, it is prefilled from the state's own data.
 */
import { generateForm } from '../../core/index';
import type { Channel, GeneratedForm } from '../../core/types';
import type { AppDeps } from '../../ports/index';
import { assertChannelOffered } from './channel-offer';
import { loadCitizenData, PREVIEW_CITIZEN_DATA_MAX_AGE_MS } from './load-citizen-data';
import { loadPublishedProcedure } from './load-published-procedure';
import { vietnamDate } from './vietnam-date';

export interface GetFormInput {
  procedureId: string;
  channel: Channel;
  /** YYYY-MM-DD; defaults to today in Vietnam. */
  date?: string;
  /** The signed-in citizen's personal id, if any. */
  personalId?: string;
}

export interface FormResponse extends GeneratedForm {
  procedure: { id: string; code: string; name: { vi: string; en: string }; version: number; agency: string };
  channel: Channel;
  date: string;
  prefilled: boolean;
}

/** Generates the form of the current published version; 404 if not published, 400 if the channel is not offered. */
export async function getForm(deps: AppDeps, input: GetFormInput): Promise<FormResponse> {
  // Independent reads (the citizen's lookup never fails, it reports sources unavailable): one wait.
  const [{ version, compiled }, citizen] = await Promise.all([
    loadPublishedProcedure(deps, input.procedureId),
    loadCitizenData(deps, input.personalId, { maxAgeMs: PREVIEW_CITIZEN_DATA_MAX_AGE_MS }),
  ]);
  assertChannelOffered(version, input.channel);
  const date = input.date ?? vietnamDate(deps.clock.now());
  const form = generateForm(compiled, { channel: input.channel, date, citizen });
  const definition = version.definition;
  return {
    procedure: {
      id: definition.id,
      code: definition.code,
      name: definition.name,
      version: version.version,
      agency: definition.agency,
    },
    channel: input.channel,
    date,
    prefilled: citizen !== undefined && form.prefill.length > 0,
    ...form,
  };
}

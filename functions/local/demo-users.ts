/** The demo officers and citizens of local mode (seed-data/*.json), typed. */
import type { CitizenData } from '../core/types';
import type { DemoOfficer } from '../identity/dev-idp';
import type { DemoCitizen } from '../identity/dev-idp-app';
import citizens from './seed-data/citizens.json';
import officers from './seed-data/officers.json';

export const demoOfficers = officers as DemoOfficer[];
export const demoCitizenData = citizens as CitizenData[];

/** Citizens as listed on the dev sign-in page. */
export const demoCitizens: DemoCitizen[] = demoCitizenData.map((c) => {
  const fullName = (c.attributes?.population as { fullName?: string } | undefined)?.fullName;
  return { personalId: c.personalId, name: fullName ?? c.personalId };
});

/**
 * The typed hono environment shared by every app: auth middlewares put the signed-in principal
 * in `c.get('principal')`, so handlers never parse tokens themselves.
 */
import type { Citizen, Officer, Principal } from '../ports';

export interface AppVariables {
  principal?: Principal;
}

/** Hono `Env` for all apps: `new Hono<AppEnv>()`. */
export interface AppEnv {
  Variables: AppVariables;
}

/** Env of routes behind `requireOfficer`: the principal is known to be an officer. */
export interface OfficerEnv {
  Variables: { principal: Officer };
}

/** Env of routes behind `requireCitizen`. */
export interface CitizenEnv {
  Variables: { principal: Citizen };
}

/** Env of routes behind `optionalCitizen`: a citizen when a valid token was sent, else undefined. */
export interface OptionalCitizenEnv {
  Variables: { principal?: Citizen };
}

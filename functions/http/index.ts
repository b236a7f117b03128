/** The HTTP layer shared by every app: problem details, body limit, JSON reading, auth. */
export {
  assertAgency,
  assertRole,
  bearerToken,
  hasRole,
  optionalCitizen,
  requireCitizen,
  requireOfficer,
} from './auth';
export { bodyLimit } from './body-limit';
export { notFound, onError, type ProblemDetails, problemResponse, toAppError, toProblem } from './problem';
export { readJson } from './read-json';
export type { AppEnv, AppVariables, CitizenEnv, OfficerEnv, OptionalCitizenEnv } from './variables';

/**
 * The deployment's `/config.json` (written by infra on AWS; served locally only when asked for):
 * where officers and citizens sign in. Absent or not JSON means "no OpenID Connect provider",
 * and the sign-in cards keep the local demo pickers.
 */

export interface PublicConfig {
  officerIssuer?: string;
  officerClientId?: string;
  /** Cognito hosted UI base URL, used when the issuer's discovery document is not reachable. */
  officerSignInDomain?: string;
  citizenIssuer?: string;
  citizenClientId?: string;
}

let loaded: Promise<PublicConfig> | undefined;

/** Fetches `/config.json` once per page load; `{}` when there is none. */
export function loadPublicConfig(): Promise<PublicConfig> {
  loaded ??= fetch('/config.json', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      // Locally an unknown path falls back to index.html: only a JSON object counts.
      if (!response.ok) return {};
      const body: unknown = JSON.parse(await response.text());
      return body && typeof body === 'object' ? (body as PublicConfig) : {};
    })
    .catch(() => ({}));
  return loaded;
}

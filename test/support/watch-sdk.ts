/**
 * The product's SDK clients cache each command's resolved middleware (`cacheMiddleware`,
 * sdk-clients.ts), so a middleware a test adds to a client that has already served calls would
 * never run. A test that watches or breaks calls turns the cache off on that client first.
 */
export function seeAddedMiddleware(client: { config: unknown }): void {
  (client.config as { cacheMiddleware?: boolean }).cacheMiddleware = false;
}

/**
 * The local server alone, as a child process the crash test can SIGKILL: the combined app and the
 * dev IdP against DynamoDB Local and s3rver started by the PARENT (they survive the kill), with the
 * configuration from the environment (localEnv) and the dev IdP key from CRASH_KEYS_DIR.
 * Prints `READY <port>` once listening.
 */
import { serve } from '@hono/node-server';
import { createLocalApp } from '../../../functions/apps/index';
import { buildPlatform } from '../../../functions/composition/build-deps';
import { loadConfig } from '../../../functions/config/load-config';
import { createDevIdp, type DevIdp } from '../../../functions/identity/dev-idp';
import { createDevIdpApp } from '../../../functions/identity/dev-idp-app';
import { loadOrCreateDevKeys } from '../../../functions/identity/dev-keys';
import { demoCitizens, demoOfficers } from '../../../functions/local/demo-users';

const keysDir = process.env.CRASH_KEYS_DIR;
if (!keysDir) throw new Error('CRASH_KEYS_DIR is required');
const config = loadConfig(process.env);
const keys = await loadOrCreateDevKeys(keysDir);
let idp: DevIdp | undefined;
const platform = buildPlatform(config, { verifier: { verify: (token) => idp!.verifier.verify(token) } });
idp = createDevIdp({ keys, officers: demoOfficers, citizens: platform.citizens });
const app = createLocalApp(platform.deps, { extras: [createDevIdpApp(idp, demoCitizens)] });
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`READY ${info.port}\n`);
});

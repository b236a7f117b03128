import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadInfraConfig } from './config';
import { repoRoot } from './constructs/functions';
import { TthcEdgeStack } from './edge-stack';
import { TthcStack } from './tthc-stack';

export interface BuildAppOptions {
  appProps?: AppProps;
  /** Overrides builder-ui/dist (tests point it at a fixture). */
  siteAssetsDir?: string;
  defaultAccount?: string;
  handlersDir?: string;
}

/**
 * Builds the CDK app: configuration validated first, the product's stack and its us-east-1 edge
 * stack (CloudFront's WAF), cdk-nag's AwsSolutions checks
 * over everything (an unacknowledged finding fails synth).
 * @example const { app, stack } = buildApp({ appProps: { context: { env: 'prod' } } });
 */
export function buildApp(options: BuildAppOptions = {}): { app: App; stack: TthcStack; edge: TthcEdgeStack } {
  const app = new App(options.appProps);
  const config = loadInfraConfig({
    context: (key) => app.node.tryGetContext(key),
    defaultAccount: options.defaultAccount,
  });
  // CloudFront's WAF lives in us-east-1; the main stack reads its ARN across regions.
  const edge = new TthcEdgeStack(app, `Tthc-${config.envName}-Edge`, {
    config,
    env: { account: config.account, region: 'us-east-1' },
    crossRegionReferences: true,
    description: `TTHC edge protection: CloudFront WAF (${config.envName})`,
    terminationProtection: config.production,
  });
  const stack = new TthcStack(app, `Tthc-${config.envName}`, {
    config,
    webAclArn: edge.webAcl.acl.attrArn,
    crossRegionReferences: true,
    env: { account: config.account, region: config.region },
    siteAssetsDir: options.siteAssetsDir,
    handlersDir: options.handlersDir,
    description: `TTHC catalog and form builder (${config.envName})`,
    terminationProtection: config.production,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, edge };
}

/**
 * The context block of cdk.json. The CDK CLI passes it to the app itself; tests and scripts that
 * build the app in-process read it here so they synthesize what `cdk synth` would.
 * @example buildApp({ appProps: { context: { ...cdkJsonContext(), env: 'prod' } } })
 */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

/**
 * Synthesizes the app with bundling on and finds, for each function, the bundle CDK would upload
 * and the environment CloudFormation would give it. The bundle-size script and the handler test
 * both start from here, so they measure and run exactly the deployed artefact.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { type FunctionName, functionNames } from '../lib/access';
import { buildApp, cdkJsonContext } from '../lib/app';

/** A node of a CloudFormation template (free-form JSON). */
// biome-ignore lint/suspicious/noExplicitAny: template JSON has no static shape.
type CfnJson = Record<string, any>;

/**
 * Size budget of one bundle (minified `index.js`): about twice today's ~0.8 MB, so a dependency
 * that drags in a large tree is noticed, while normal growth is not.
 */
export const bundleBudgetKb = 1536;

export interface LambdaAsset {
  name: FunctionName;
  /** The bundled entry file (`index.js` in the asset directory). */
  file: string;
  /** The function's environment with CloudFormation references replaced by stand-ins. */
  environment: Record<string, string>;
}

/**
 * @example const assets = synthLambdaAssets({ env: 'dev' }); // ~1 min on a busy laptop
 */
export function synthLambdaAssets(options: { env?: 'dev' | 'prod'; outdir?: string } = {}): LambdaAsset[] {
  const outdir = options.outdir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-bundles-'));
  const { app, stack } = buildApp({
    appProps: { outdir, context: { ...cdkJsonContext(), env: options.env ?? 'dev' } },
  });
  const assembly = app.synth();
  const template = assembly.getStackArtifact(stack.artifactId).template as {
    Resources: Record<string, { Properties: CfnJson }>;
  };
  return functionNames.map((name) => {
    const fn = stack.functions.functions[name];
    const props = template.Resources[stack.getLogicalId(fn.node.defaultChild as CfnElement)]!.Properties;
    const hash = String(props.Code.S3Key).replace(/\.zip$/, '');
    const file = path.join(assembly.directory, `asset.${hash}`, 'index.js');
    if (!fs.existsSync(file)) throw new Error(`Bundle of ${name} not found at ${file}`);
    const variables = (props.Environment?.Variables ?? {}) as Record<string, unknown>;
    const environment = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, standIn(v)]));
    return { name, file, environment };
  });
}

/** A readable stand-in for a value CloudFormation only knows at deploy time. */
function standIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as CfnJson;
    if ('Ref' in v) return `ref-${v.Ref}`.toLowerCase();
    if ('Fn::GetAtt' in v) return `${v['Fn::GetAtt'].join('-')}`.toLowerCase();
    if ('Fn::Join' in v) return (v['Fn::Join'][1] as unknown[]).map(standIn).join(v['Fn::Join'][0]);
  }
  return JSON.stringify(value);
}

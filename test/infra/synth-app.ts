/**
 * Builds and synthesizes the real CDK app the way `cdk synth` does (cdk.json's context, cdk-nag
 * attached), so tests assert on what would be deployed. Synth is slow: call it once per file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { buildApp, cdkJsonContext } from '../../infra/lib/app';
import type { TthcStack } from '../../infra/lib/tthc-stack';

/** A node of a CloudFormation template: free-form JSON that the tests walk by hand. */
// biome-ignore lint/suspicious/noExplicitAny: template JSON has no static shape.
export type CfnJson = Record<string, any>;

export interface SynthOptions {
  /** Run esbuild on the four handlers (slow); otherwise assets are placeholders. */
  bundle: boolean;
  siteAssetsDir?: string;
  context?: Record<string, unknown>;
}

export interface Synthesized {
  stack: TthcStack;
  template: Template;
  outdir: string;
  /** Unacknowledged cdk-nag AwsSolutions findings, as `rule @ construct path`. */
  nagFindings: () => string[];
  logicalId: (construct: IConstruct) => string;
}

export function synthApp(env: 'dev' | 'prod', options: SynthOptions): Synthesized {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `tthc-cdk-${env}-`));
  const { app, stack } = buildApp({
    appProps: {
      outdir,
      context: {
        ...cdkJsonContext(),
        env,
        ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
        ...options.context,
      },
    },
    siteAssetsDir: options.siteAssetsDir,
  });
  // Synthesizes the whole app, which also runs the cdk-nag plugin: a finding throws here.
  const template = Template.fromStack(stack);
  return {
    stack,
    template,
    outdir,
    nagFindings: () => nagFindings(app),
    logicalId: (construct) => stack.getLogicalId(construct.node.defaultChild as CfnElement),
  };
}

export function nagFindings(scope: IConstruct): string[] {
  const report = new AwsSolutionsChecks(scope).validateScope(scope);
  return report.violations.flatMap((v) =>
    v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath}`),
  );
}

/** Resources of one type as `[logicalId, properties]` pairs. */
export function resourcesOf(template: Template, type: string): [string, CfnJson][] {
  return Object.entries(template.findResources(type)).map(([id, r]) => [id, r as CfnJson]);
}

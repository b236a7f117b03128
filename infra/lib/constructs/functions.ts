import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RemovalPolicy } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { type TableName, tableDefinitions } from '../../../functions/adapters/dynamodb/tables';
import { envNames } from '../../../functions/config/env-names';
import { type BucketName, type FunctionName, functionNames } from '../access';
import type { InfraConfig } from '../config';
import { functionSizes } from './function-sizing';
import { grantAccess } from './grants';

/** The repository root: handlers, lock file and catalogs are bundled from here. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface FunctionsProps {
  config: InfraConfig;
  tables: Record<TableName, dynamodb.ITable>;
  buckets: Record<BucketName, s3.IBucket>;
  officer: { issuer: string; jwksUrl: string; audience: string };
  /** Where `<name>.ts` handlers live; defaults to functions/handlers. */
  handlersDir?: string;
}

/**
 * One Lambda per function, bundled by local esbuild from `functions/handlers/<name>.ts` — the
 * same hono apps `npm start` serves. Each gets its own role holding only the grants listed in
 * access.ts, its own log group with the configured retention, and the environment the
 * functions' config loader reads (env-names.ts).
 */
export class Functions extends Construct {
  public readonly functions: Record<FunctionName, nodejs.NodejsFunction>;

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const environment = functionEnvironment(props);
    this.functions = Object.fromEntries(
      functionNames.map((name) => [name, this.createFunction(name, environment, props)]),
    ) as Record<FunctionName, nodejs.NodejsFunction>;
  }

  private createFunction(name: FunctionName, environment: Record<string, string>, props: FunctionsProps) {
    const { config } = props;
    const logGroup = new logs.LogGroup(this, `${name}-logs`, {
      retention: config.logRetentionDays as logs.RetentionDays,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // A role of our own instead of AWSLambdaBasicExecutionRole: that managed policy may write
    // to every log group in the account; this one writes only to the function's own.
    const role = new iam.Role(this, `${name}-role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Lambda ${name}: only the tables and buckets it needs`,
    });
    logGroup.grantWrite(role);
    grantAccess(role, name, props);

    return new nodejs.NodejsFunction(this, name, {
      entry: path.join(props.handlersDir ?? path.join(repoRoot, 'functions/handlers'), `${name}.ts`),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      // Sized per function from measurement: see function-sizing.ts.
      memorySize: functionSizes[name].memoryMb,
      timeout: functionSizes[name].timeout,
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment,
      bundling: bundlingOptions,
    });
  }
}

/**
 * esbuild settings shared by the stack and the bundle-size script. The AWS SDK is bundled, not
 * taken from the runtime, so AWS runs the very SDK version the local tests ran.
 */
export const bundlingOptions: nodejs.BundlingOptions = {
  forceDockerBundling: false,
  format: nodejs.OutputFormat.CJS,
  target: 'node22',
  minify: true,
  sourceMap: false,
  externalModules: [],
  mainFields: ['module', 'main'],
  metafile: false,
};

function functionEnvironment(props: FunctionsProps): Record<string, string> {
  const { config, tables, buckets, officer } = props;
  const environment: Record<string, string> = {
    // The `dev` identity provider exists only in local mode; AWS always verifies Cognito/VNeID tokens.
    [envNames.authMode]: 'cognito',
    [envNames.officerIssuer]: officer.issuer,
    [envNames.officerJwksUrl]: officer.jwksUrl,
    [envNames.officerAudience]: officer.audience,
    [envNames.citizenIssuer]: config.citizenIssuer,
    [envNames.citizenJwksUrl]: config.citizenJwksUrl,
    [envNames.citizenAudience]: config.citizenAudience,
    [envNames.siteOrigin]: config.siteOrigin,
    [envNames.buckets.catalog]: buckets.catalog.bucketName,
    [envNames.buckets.uploads]: buckets.uploads.bucketName,
  };
  // Every function gets every name (the config loader requires them); access is what IAM limits.
  for (const def of tableDefinitions) environment[def.env] = tables[def.name].tableName;
  return environment;
}

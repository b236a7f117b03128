import * as path from 'node:path';
import { CfnOutput, Stack, type StackProps, Tags, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import type { InfraConfig } from './config';
import { Api } from './constructs/api';
import { Auth } from './constructs/auth';
import { Data, uploadsCorsRule } from './constructs/data';
import { Functions, repoRoot } from './constructs/functions';
import { Monitoring } from './constructs/monitoring';
import { Site } from './constructs/site';

export interface TthcStackProps extends StackProps {
  config: InfraConfig;
  /** Built builder/portal to upload; defaults to builder-ui/dist (skipped when absent). */
  siteAssetsDir?: string;
  /** Overrides functions/handlers (only for trying the stack before the handlers exist). */
  handlersDir?: string;
  /** The CloudFront-scope WAF web ACL (edge-stack.ts). */
  webAclArn?: string;
}

/** The whole product in one stack; it only wires the constructs together. */
export class TthcStack extends Stack {
  public readonly data: Data;
  public readonly auth: Auth;
  public readonly functions: Functions;
  public readonly api: Api;
  public readonly site: Site;
  public readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: TthcStackProps) {
    super(scope, id, props);
    const { config } = props;
    // Cost and ownership reports group by these.
    Tags.of(this).add('project', 'tthc');
    Tags.of(this).add('environment', config.envName);

    this.data = new Data(this, 'Data', { config });
    this.auth = new Auth(this, 'Auth', { config });
    this.functions = new Functions(this, 'Functions', {
      config,
      handlersDir: props.handlersDir,
      tables: this.data.tables,
      buckets: { catalog: this.data.catalogBucket, uploads: this.data.uploadsBucket },
      officer: {
        issuer: this.auth.issuer,
        jwksUrl: this.auth.jwksUrl,
        audience: this.auth.client.userPoolClientId,
      },
    });
    // Large publish builds run in the worker, started by the job item the publish API inserts.
    this.functions.functions['publish-worker'].addEventSource(
      new DynamoEventSource(this.data.tables.procedures, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 1,
        // a job records its own failure; a retried record would only rebuild a failed job again
        retryAttempts: 0,
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { pk: { S: lambda.FilterRule.isEqual('PUBLISH#JOB') } } },
          }),
        ],
      }),
    );
    Validations.of(this.functions.functions['publish-worker'].role!).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'The DynamoDB event source grants dynamodb:ListStreams, which IAM only allows on "*"; reading records is scoped to the procedures table stream.',
    });
    this.api = new Api(this, 'Api', {
      config,
      functions: this.functions.functions,
      userPool: this.auth.userPool,
      userPoolClient: this.auth.client,
    });
    this.site = new Site(this, 'Site', {
      config,
      apiDomainName: this.api.domainName,
      catalogBucket: this.data.catalogBucket,
      logBucket: this.data.logBucket,
      siteAssetsDir: props.siteAssetsDir ?? path.join(repoRoot, 'builder-ui/dist'),
      webAclArn: props.webAclArn,
      // The CSP's connect-src: presigned uploads go to the bucket, sign-in talks to both issuers.
      connectSources: [
        // Without a custom domain the bucket's CORS names the distribution, so naming the bucket
        // here would be a cycle: S3 of this region only, then.
        config.siteDomain
          ? `https://${this.data.uploadsBucket.bucketRegionalDomainName}`
          : `https://*.s3.${this.region}.amazonaws.com`,
        `https://cognito-idp.${this.region}.amazonaws.com`,
        this.auth.signInDomain.baseUrl(),
        new URL(config.citizenIssuer).origin,
      ],
      publicConfig: {
        // Same origin: the portal calls /api/... on the host it was loaded from.
        apiBaseUrl: '/api',
        region: this.region,
        officerUserPoolId: this.auth.userPool.userPoolId,
        officerClientId: this.auth.client.userPoolClientId,
        officerIssuer: this.auth.issuer,
        officerSignInDomain: this.auth.signInDomain.baseUrl(),
        // Citizens sign in with VNeID (OpenID Connect); its client id is the audience we accept.
        citizenIssuer: config.citizenIssuer,
        citizenClientId: config.citizenAudience,
      },
    });
    if (!config.siteDomain) {
      // No custom domain: the site's real origin is CloudFront's address. Referencing it from
      // the uploads CORS and the Cognito client creates no cycle (neither feeds the distribution).
      this.data.uploadsBucket.addCorsRule(uploadsCorsRule(this.site.url));
      this.auth.allowSiteOrigin(this.site.url);
    }
    this.monitoring = new Monitoring(this, 'Monitoring', {
      config,
      functions: this.functions.functions,
      httpApi: this.api.httpApi,
    });

    new CfnOutput(this, 'SiteUrl', {
      value: this.site.url,
      description: 'Builder and portal (API under /api)',
    });
    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint, description: 'HTTP API, direct' });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'SiteBucket', { value: this.site.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: this.site.distribution.distributionId });
  }
}

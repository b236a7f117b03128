import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinitions } from '../../functions/adapters/dynamodb/tables';
import { type CfnJson, nagFindings, resourcesOf, type Synthesized, synthApp } from './synth-app';

let prod: Synthesized;
beforeAll(() => {
  // A fresh clone has no builder-ui/dist: the deploy must still work, with config.json alone.
  prod = synthApp('prod', { bundle: false, siteAssetsDir: '/nonexistent/builder-ui/dist' });
}, 240_000);

describe('the prod stack', () => {
  it('protects data: deletion protection on tables, everything stateful retained', () => {
    const tables = resourcesOf(prod.template, 'AWS::DynamoDB::Table');
    expect(tables).toHaveLength(tableDefinitions.length);
    for (const [, table] of tables) {
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
      expect(table.DeletionPolicy).toBe('Retain');
    }
    for (const [, bucket] of resourcesOf(prod.template, 'AWS::S3::Bucket'))
      expect(bucket.DeletionPolicy).toBe('Retain');
    const [[, pool]] = resourcesOf(prod.template, 'AWS::Cognito::UserPool') as [[string, CfnJson]];
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(prod.stack.terminationProtection).toBe(true);
  });

  it('requires TOTP MFA and a strong password for officers', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
    });
  });

  it('serves the custom domain with its certificate and TLS 1.2+', () => {
    const env = prod.stack.node.tryGetContext('environments').prod;
    const [[, cdn]] = resourcesOf(prod.template, 'AWS::CloudFront::Distribution') as [[string, CfnJson]];
    expect(cdn.Properties.DistributionConfig.Aliases).toEqual([env.siteDomain]);
    expect(cdn.Properties.DistributionConfig.ViewerCertificate).toMatchObject({
      AcmCertificateArn: env.certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
  });

  it('mails alarms to ops and keeps logs for the configured period', () => {
    const env = prod.stack.node.tryGetContext('environments').prod;
    prod.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: env.alarmEmail,
    });
    for (const [, g] of resourcesOf(prod.template, 'AWS::Logs::LogGroup')) {
      expect(g.Properties.RetentionInDays).toBe(env.logRetentionDays);
    }
  });

  it('deploys config.json alone when the site has not been built', () => {
    const [[, deployment]] = resourcesOf(prod.template, 'Custom::CDKBucketDeployment') as [[string, CfnJson]];
    expect(deployment.Properties.SourceObjectKeys).toHaveLength(1);
  });

  it('has no unacknowledged cdk-nag AwsSolutions finding', () => {
    expect(prod.nagFindings()).toEqual([]);
  });
});

describe('the cdk-nag gate', () => {
  it('reports an unprotected bucket, so a clean report means something', () => {
    const app = new App();
    const stack = new Stack(app, 'Probe', { env: { account: '123456789012', region: 'ap-southeast-1' } });
    new s3.Bucket(stack, 'Careless');
    const findings = nagFindings(app);
    expect(findings).toContain('AwsSolutions-S1 @ Probe/Careless/Resource');
    expect(findings).toContain('AwsSolutions-S10 @ Probe/Careless/Resource');
  });

  it('accepts a finding only where it was acknowledged', () => {
    const app = new App();
    const stack = new Stack(app, 'Probe', { env: { account: '123456789012', region: 'ap-southeast-1' } });
    const bucket = new s3.Bucket(stack, 'Logged', { enforceSSL: true });
    Validations.of(bucket).acknowledge({ id: 'AwsSolutions-S1', reason: 'probe' });
    new s3.Bucket(stack, 'Other', { enforceSSL: true });
    expect(nagFindings(app).filter((f) => f.startsWith('AwsSolutions-S1 '))).toEqual([
      'AwsSolutions-S1 @ Probe/Other/Resource',
    ]);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import registry from '../../catalogs/registry.json';
import { keySchema, tableDefinitions } from '../../functions/adapters/dynamodb/tables';
import { envNames } from '../../functions/config/env-names';
import {
  INCOMING_PREFIX,
  incomingKey,
  KEPT_PREFIX,
  keptKey,
} from '../../functions/use-cases/submissions/upload-keys';
import { bucketObjectActions, functionAccess, functionNames, tableActions } from '../../infra/lib/access';
import { routeSpecs } from '../../infra/lib/constructs/api';
import { officerRoles } from '../../infra/lib/constructs/auth';
import { type CfnJson, resourcesOf, type Synthesized, synthApp } from './synth-app';

let dev: Synthesized;
// Synth takes tens of seconds on a busy machine: once per file, with room to spare.
beforeAll(() => {
  dev = synthApp('dev', {
    bundle: false,
    siteAssetsDir: fileURLToPath(new URL('./fixtures/site', import.meta.url)),
  });
}, 240_000);

describe('the dev stack', () => {
  it('has the resources the product needs, and no more', () => {
    const t = dev.template;
    t.resourceCountIs('AWS::DynamoDB::Table', tableDefinitions.length);
    // access logs, published catalog, uploads, site
    t.resourceCountIs('AWS::S3::Bucket', 4);
    // four API functions + the publish worker + the library's BucketDeployment handler + CDK's
    // reader of the edge stack's WAF ARN
    t.resourceCountIs('AWS::Lambda::Function', 7);
    // the worker is started by new publish jobs on the procedures table's stream, nothing else
    t.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    t.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    t.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    t.resourceCountIs('AWS::ApiGatewayV2::Route', routeSpecs.length * 5);
    // Only this API may invoke the functions: one permission each, scoped to the API.
    const permissions = resourcesOf(t, 'AWS::Lambda::Permission').map(([, p]) => p.Properties);
    expect(permissions).toHaveLength(4);
    const apiId = dev.logicalId(dev.stack.api.httpApi);
    for (const p of permissions) {
      expect(p.Principal).toBe('apigateway.amazonaws.com');
      expect(JSON.stringify(p.SourceArn)).toContain(apiId);
    }
    t.resourceCountIs('AWS::Cognito::UserPool', 1);
    t.resourceCountIs('AWS::CloudFront::Distribution', 1);
    t.resourceCountIs('AWS::CloudWatch::Alarm', 5 * 2 + 1);
    t.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('declares every table from tables.ts: on demand, PITR, encrypted, with the shared keys and gsi1', () => {
    for (const def of tableDefinitions) {
      const id = dev.logicalId(dev.stack.data.tables[def.name]);
      const table = dev.template.toJSON().Resources[id];
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        KeySchema: [
          { AttributeName: keySchema.partitionKey, KeyType: 'HASH' },
          { AttributeName: keySchema.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: keySchema.gsi1.indexName,
            KeySchema: [
              { AttributeName: keySchema.gsi1.partitionKey, KeyType: 'HASH' },
              { AttributeName: keySchema.gsi1.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      });
      // Dev data is disposable; prod's is protected (see prod-stack.test.ts).
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
      // Counters expire by TTL; the other tables keep their items.
      expect(table.Properties.TimeToLiveSpecification).toEqual(
        def.timeToLive ? { AttributeName: def.timeToLive, Enabled: true } : undefined,
      );
    }
    expect(tableDefinitions.find((d) => d.name === 'counters')?.timeToLive).toBe('expiresAt');
  });

  it('keeps every bucket private, encrypted and TLS-only', () => {
    const buckets = resourcesOf(dev.template, 'AWS::S3::Bucket');
    for (const [, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0]).toMatchObject({
        ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
      });
    }
    const policies = resourcesOf(dev.template, 'AWS::S3::BucketPolicy');
    const tlsOnly = policies.filter(([, p]) =>
      p.Properties.PolicyDocument.Statement.some(
        (s: CfnJson) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false',
      ),
    );
    expect(tlsOnly).toHaveLength(buckets.length);
  });

  it('lets the portal PUT uploads from its origins only, and expires abandoned uploads', () => {
    const uploads = dev.template.toJSON().Resources[dev.logicalId(dev.stack.data.uploadsBucket)];
    const origin = dev.stack.node.tryGetContext('environments').dev.siteOrigin;
    const rules = uploads.Properties.CorsConfiguration.CorsRules as CfnJson[];
    // The configured origin, and (no custom domain in dev) the CloudFront address the site is served from.
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({
      AllowedOrigins: [origin],
      AllowedMethods: expect.arrayContaining(['PUT']),
    });
    expect(JSON.stringify(rules[1]!.AllowedOrigins)).toContain(dev.logicalId(dev.stack.site.distribution));
    // Only incoming objects expire: the rule needs the prefix AND the tag, and kept copies have neither.
    const expiring = (uploads.Properties.LifecycleConfiguration.Rules as CfnJson[]).filter(
      (rule) => rule.ExpirationInDays !== undefined,
    );
    expect(expiring).toEqual([
      expect.objectContaining({
        Status: 'Enabled',
        Prefix: INCOMING_PREFIX,
        TagFilters: [{ Key: 'upload', Value: 'pending' }],
      }),
    ]);
    expect(KEPT_PREFIX.startsWith(INCOMING_PREFIX)).toBe(false);
  });

  it('signs officers in through Cognito from both site origins', () => {
    const origin = dev.stack.node.tryGetContext('environments').dev.siteOrigin;
    const [[, client]] = resourcesOf(dev.template, 'AWS::Cognito::UserPoolClient') as [[string, CfnJson]];
    expect(client.Properties.CallbackURLs[0]).toBe(`${origin}/`);
    expect(JSON.stringify(client.Properties.CallbackURLs[1])).toContain(
      dev.logicalId(dev.stack.site.distribution),
    );
    expect(client.Properties.GenerateSecret).toBe(false);
    dev.template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });

  it('runs each function on arm64 and a current Node.js, in Cognito mode, with every variable the loader reads', () => {
    const resources = dev.template.toJSON().Resources;
    const fns = Object.values(dev.stack.functions.functions).map((fn) => resources[dev.logicalId(fn)]);
    expect(fns).toHaveLength(5);
    const required = [
      ...Object.values(envNames.tables),
      ...Object.values(envNames.buckets),
      envNames.authMode,
      envNames.officerIssuer,
      envNames.officerJwksUrl,
      envNames.officerAudience,
      envNames.citizenIssuer,
      envNames.citizenJwksUrl,
      envNames.citizenAudience,
      envNames.siteOrigin,
    ];
    for (const fn of fns) {
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
      const vars = fn.Properties.Environment.Variables;
      expect(Object.keys(vars).sort()).toEqual(expect.arrayContaining(required));
      // The development identity provider must never reach AWS.
      expect(vars[envNames.authMode]).toBe('cognito');
      expect(vars[envNames.dynamoEndpoint]).toBeUndefined();
      expect(vars[envNames.s3Endpoint]).toBeUndefined();
    }
  });

  it('writes function logs to their own log groups, with the configured retention', () => {
    const retention = dev.stack.node.tryGetContext('environments').dev.logRetentionDays;
    const groups = resourcesOf(dev.template, 'AWS::Logs::LogGroup');
    // five functions + API access logs
    expect(groups).toHaveLength(6);
    for (const [, g] of groups) expect(g.Properties.RetentionInDays).toBe(retention);
    for (const fn of Object.values(dev.stack.functions.functions)) {
      const props = dev.template.toJSON().Resources[dev.logicalId(fn)].Properties;
      expect(props.LoggingConfig.LogGroup).toEqual({ Ref: expect.stringMatching(/logs/) });
    }
  });

  it('sizes each function from measurement: more CPU for the citizen routes, nothing past the API’s 30 s', () => {
    const sizes = Object.fromEntries(
      Object.entries(dev.stack.functions.functions).map(([name, fn]) => {
        const props = dev.template.toJSON().Resources[dev.logicalId(fn)].Properties;
        return [name, [props.MemorySize, props.Timeout]];
      }),
    );
    // MB and seconds, as measured and argued in infra/lib/constructs/function-sizing.ts.
    expect(sizes).toEqual({
      forms: [1024, 6],
      submissions: [1024, 10],
      admin: [512, 10],
      publish: [1769, 29],
      // not behind the API: a province's first build runs here (Lambda's 15-minute maximum)
      'publish-worker': [1769, 900],
    });
    // Past one vCPU (1,769 MB) a single Node thread gains nothing; past 29 s API Gateway has given up.
    for (const [name, [memory, timeout]] of Object.entries(sizes)) {
      expect(memory).toBeLessThanOrEqual(1769);
      if (name !== 'publish-worker') expect(timeout).toBeLessThan(30);
    }
  });

  it('grants each function exactly the table and bucket actions of access.ts, nothing account-wide', () => {
    const resources = dev.template.toJSON().Resources as Record<string, CfnJson>;
    const targets = new Map<string, string>();
    for (const def of tableDefinitions)
      targets.set(dev.logicalId(dev.stack.data.tables[def.name]), `table:${def.name}`);
    targets.set(dev.logicalId(dev.stack.data.catalogBucket), 'bucket:catalog');
    targets.set(dev.logicalId(dev.stack.data.uploadsBucket), 'bucket:uploads');

    for (const name of functionNames) {
      const roleId =
        resources[dev.logicalId(dev.stack.functions.functions[name])]!.Properties.Role['Fn::GetAtt'][0];
      const statements = Object.values(resources)
        .filter(
          (r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: CfnJson) => x.Ref === roleId),
        )
        .flatMap((r) => r.Properties.PolicyDocument.Statement as CfnJson[]);
      expect(resources[roleId]!.Properties.ManagedPolicyArns).toBeUndefined();
      const granted: Record<string, string[]> = {};
      for (const st of statements) {
        expect(st.Effect).toBe('Allow');
        const actions = [st.Action].flat() as string[];
        for (const resource of [st.Resource].flat()) {
          const text = JSON.stringify(resource);
          if (name === 'publish-worker' && (resource === '*' || text.includes('StreamArn'))) {
            // the event source's stream reading: ListStreams exists only on "*" (acknowledged in
            // tthc-stack.ts); the records themselves only from the procedures table's stream
            const where = resource === '*' ? 'streams:*' : 'stream:procedures';
            granted[where] = [...new Set([...(granted[where] ?? []), ...actions])].sort();
            continue;
          }
          expect(resource).not.toBe('*');
          const target = [...targets].find(([id]) => text.includes(`"${id}"`))?.[1];
          if (!target) {
            // Only the function's own log group is left.
            expect(actions.every((a) => a.startsWith('logs:'))).toBe(true);
            continue;
          }
          // A bucket ARN joined with "/<prefix>*" grants objects under that prefix only.
          const where = target.startsWith('bucket:') ? `${target}${objectSuffix(resource)}` : target;
          granted[where] = [...new Set([...(granted[where] ?? []), ...actions])].sort();
        }
      }
      const expected: Record<string, string[]> = {};
      for (const [table, level] of Object.entries(functionAccess[name].tables)) {
        expected[`table:${table}`] = [...tableActions[level]].sort();
      }
      for (const [bucket, grant] of Object.entries(functionAccess[name].buckets)) {
        expected[`bucket:${bucket}`] = ['s3:ListBucket'];
        const byPrefix = typeof grant === 'string' ? { '': grant } : grant;
        for (const [prefix, level] of Object.entries(byPrefix)) {
          expected[`bucket:${bucket}/${prefix}*`] = [...bucketObjectActions[level]].sort();
        }
      }
      if (name === 'publish-worker') {
        const procedures = dev.logicalId(dev.stack.data.tables.procedures);
        expect(JSON.stringify(statements)).toContain(`"${procedures}","StreamArn"`);
        expected['streams:*'] = ['dynamodb:ListStreams'];
        expected['stream:procedures'] = [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
        ];
      }
      expect({ name, granted }).toEqual({ name, granted: expected });
    }
  });

  it('lets the submissions function write uploads only where presigned PUTs land, and never delete a kept document', () => {
    const resources = dev.template.toJSON().Resources as Record<string, CfnJson>;
    const uploadsId = dev.logicalId(dev.stack.data.uploadsBucket);
    const fn = resources[dev.logicalId(dev.stack.functions.functions.submissions)]!;
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    const onUploads = Object.values(resources)
      .filter(
        (r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: CfnJson) => x.Ref === roleId),
      )
      .flatMap((r) => r.Properties.PolicyDocument.Statement as CfnJson[])
      .filter((st) => JSON.stringify(st.Resource).includes(`"${uploadsId}"`));
    const actionsOn = (suffix: string) =>
      onUploads
        .filter((st) => [st.Resource].flat().some((r: CfnJson) => objectSuffix(r) === suffix))
        .flatMap((st) => [st.Action].flat() as string[]);
    expect(actionsOn('/*')).toEqual([]);
    expect(actionsOn(`/${INCOMING_PREFIX}*`)).toEqual(
      expect.arrayContaining(['s3:PutObject', 's3:DeleteObject']),
    );
    const kept = actionsOn(`/${KEPT_PREFIX}*`);
    expect(kept).toEqual(expect.arrayContaining(['s3:GetObject', 's3:PutObject']));
    expect(kept.filter((a) => /Delete|Tagging/.test(a))).toEqual([]);
    // The keys the use cases build fall under exactly these grants.
    expect(incomingKey('vneid:079088004321', 'u-1').startsWith(INCOMING_PREFIX)).toBe(true);
    expect(keptKey('vneid:079088004321', 'u-1').startsWith(KEPT_PREFIX)).toBe(true);
  });

  it('never lets a function rewrite the audit log, and keeps public reads read-only', () => {
    const audit = Object.values(functionAccess)
      .map((a) => a.tables.audit)
      .filter(Boolean);
    expect(audit.length).toBeGreaterThan(0);
    for (const level of audit)
      expect(tableActions[level!]).not.toEqual(expect.arrayContaining(['dynamodb:UpdateItem']));
    for (const level of audit) expect(tableActions[level!]).not.toContain('dynamodb:DeleteItem');
    // forms reads, and only counts requests (UpdateItem on the counters table) for its rate limit
    expect(functionAccess.forms.tables).toEqual({ procedures: 'read', citizens: 'read', counters: 'count' });
    expect(tableActions.count).toEqual(['dynamodb:UpdateItem']);
    expect(functionAccess.forms.buckets).toEqual({ catalog: 'read' });
  });

  it('puts officers’ routes behind the Cognito JWT authorizer and leaves public routes to the functions', () => {
    const authorizers = resourcesOf(dev.template, 'AWS::ApiGatewayV2::Authorizer');
    const [[authorizerId, authorizer]] = authorizers as [[string, CfnJson]];
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: dev.logicalId(dev.stack.auth.client) }],
        Issuer: expect.anything(),
      },
    });
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain(
      dev.logicalId(dev.stack.auth.userPool),
    );

    const routes = resourcesOf(dev.template, 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    for (const spec of routeSpecs) {
      const forPath = routes.filter((r) => r.RouteKey.endsWith(` ${spec.path}`));
      expect(forPath.map((r) => r.RouteKey.split(' ')[0]).sort()).toEqual([
        'DELETE',
        'GET',
        'PATCH',
        'POST',
        'PUT',
      ]);
      for (const route of forPath) {
        if (spec.officer) {
          expect(route).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
        } else {
          expect(route.AuthorizationType).toBe('NONE');
        }
      }
    }
    expect(routeSpecs.filter((r) => r.officer).map((r) => r.path)).toEqual([
      '/api/admin/{proxy+}',
      '/api/publish/{proxy+}',
    ]);
  });

  it('limits CORS to the site origin and throttles the stage', () => {
    const env = dev.stack.node.tryGetContext('environments').dev;
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowOrigins: [env.siteOrigin] }),
    });
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: {
        ThrottlingRateLimit: env.throttle.rateLimit,
        ThrottlingBurstLimit: env.throttle.burstLimit,
      },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });

  it('carries role and agency in Cognito groups; only admins create accounts', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    const groups = resourcesOf(dev.template, 'AWS::Cognito::UserPoolGroup').map(
      ([, g]) => g.Properties.GroupName,
    );
    expect(groups.sort()).toEqual(
      [...officerRoles.map((r) => `role:${r}`), ...registry.agencies.map((a) => `agency:${a.id}`)].sort(),
    );
  });

  it('serves the site privately through CloudFront, with the API on the same origin', () => {
    const [[, cdn]] = resourcesOf(dev.template, 'AWS::CloudFront::Distribution') as [[string, CfnJson]];
    const config = cdn.Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.Logging).toBeDefined();
    const paths = config.CacheBehaviors.map((b: CfnJson) => b.PathPattern);
    expect(paths).toEqual(expect.arrayContaining(['/api/*', '/health', '/releases/*', '/objects/*']));
    const api = config.CacheBehaviors.find((b: CfnJson) => b.PathPattern === '/api/*');
    expect(api.AllowedMethods).toContain('POST');
    expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
    // Both buckets reach CloudFront through origin access control, not public access.
    const s3Origins = config.Origins.filter((o: CfnJson) => o.S3OriginConfig);
    expect(s3Origins).toHaveLength(2);
    for (const o of s3Origins) expect(o.OriginAccessControlId).toBeDefined();
  });

  it('uploads the built site and a config.json pointing at the same-origin API and Cognito', () => {
    const [[, deployment]] = resourcesOf(dev.template, 'Custom::CDKBucketDeployment') as [[string, CfnJson]];
    // The site build, then config.json (rendered at deploy time with the pool and client ids).
    expect(deployment.Properties.SourceObjectKeys).toHaveLength(2);
    expect(deployment.Properties.Prune).toBe(false);
    const markers = JSON.stringify(deployment.Properties.SourceMarkers);
    expect(markers).toContain(dev.logicalId(dev.stack.auth.userPool));
    expect(markers).toContain(dev.logicalId(dev.stack.auth.client));
    // The staged config.json also tells the portal where citizens sign in (VNeID, OIDC).
    const staged = fs
      .readdirSync(dev.outdir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('config.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(dev.outdir, f), 'utf8')) as Record<string, string>);
    expect(staged).toContainEqual(
      expect.objectContaining({
        citizenIssuer: 'https://vneid-sandbox.example.vn',
        citizenClientId: 'tthc-portal-dev',
        officerClientId: expect.any(String),
      }),
    );
    expect(dev.stack.tags.tagValues()).toEqual({ project: 'tthc', environment: 'dev' });
  });

  it('alarms on errors and throttles of every function and on API 5xx, to one topic', () => {
    const alarms = resourcesOf(dev.template, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const topicRef = { Ref: dev.logicalId(dev.stack.monitoring.topic) };
    for (const a of alarms) expect(a.AlarmActions).toEqual([topicRef]);
    const byMetric = (name: string) => alarms.filter((a) => a.MetricName === name).length;
    expect(byMetric('Errors')).toBe(5);
    expect(byMetric('Throttles')).toBe(5);
    expect(alarms.filter((a) => a.Namespace === 'AWS/ApiGateway' && a.MetricName === '5xx')).toHaveLength(1);
  });

  it('has no unacknowledged cdk-nag AwsSolutions finding', () => {
    expect(dev.nagFindings()).toEqual([]);
  });
});

/** "" for a bucket ARN itself, "/<pattern>" for an object ARN built as Fn::Join of the ARN and a suffix. */
function objectSuffix(resource: CfnJson): string {
  const parts = resource?.['Fn::Join']?.[1] as unknown[] | undefined;
  const last = parts?.[parts.length - 1];
  return typeof last === 'string' ? last : '';
}

/**
 * Issue 12, finding 9 on AWS: CloudFront sends a strict CSP and the usual security headers on the
 * site, `/api/*` and `/releases/*`, and a us-east-1 WAF web ACL with per-IP rate-based rules
 * guards the distribution (so cdk-nag's CFR2 holds without an acknowledgement).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataContentSecurityPolicy } from '../../functions/http/security-policy';
import { buildApp, cdkJsonContext } from '../../infra/lib/app';
import { sensitivePostPrefixes, wafRateLimits } from '../../infra/lib/constructs/web-acl';
import { type CfnJson, nagFindings, resourcesOf } from './synth-app';

let main: Template;
let edge: Template;
let built: ReturnType<typeof buildApp>;

beforeAll(() => {
  built = buildApp({
    appProps: { context: { ...cdkJsonContext(), env: 'dev', 'aws:cdk:bundling-stacks': [] } },
    siteAssetsDir: fileURLToPath(new URL('./fixtures/site', import.meta.url)),
  });
  main = Template.fromStack(built.stack);
  edge = Template.fromStack(built.edge);
}, 240_000);

const policies = () =>
  new Map(
    resourcesOf(main, 'AWS::CloudFront::ResponseHeadersPolicy').map(([id, p]) => [
      id,
      p.Properties.ResponseHeadersPolicyConfig as CfnJson,
    ]),
  );

describe('security headers on CloudFront', () => {
  it('gives the site a strict CSP and every behaviour (site, /api/*, /releases/*, /objects/*, /health) a policy with HSTS', () => {
    const cdn = resourcesOf(main, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    const byPath: Record<string, string> = { '': cdn.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref };
    for (const b of cdn.CacheBehaviors) byPath[b.PathPattern] = b.ResponseHeadersPolicyId?.Ref;
    expect(Object.keys(byPath).sort()).toEqual(['', '/api/*', '/health', '/objects/*', '/releases/*']);
    const all = policies();
    for (const [path, id] of Object.entries(byPath)) {
      const config = all.get(id);
      expect(config, path).toBeDefined();
      const headers = config!.SecurityHeadersConfig;
      expect(headers.ContentTypeOptions.Override).toBe(true);
      expect(headers.FrameOptions.FrameOption).toBe('DENY');
      expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('no-referrer');
      expect(headers.StrictTransportSecurity).toMatchObject({
        AccessControlMaxAgeSec: 63072000,
        IncludeSubdomains: true,
      });
      const custom = config!.CustomHeadersConfig.Items.map((h: CfnJson) => h.Header);
      expect(custom).toEqual(expect.arrayContaining(['Permissions-Policy', 'Cross-Origin-Opener-Policy']));
    }
    for (const path of ['/api/*', '/releases/*', '/objects/*', '/health']) {
      const csp = all.get(byPath[path]!)!.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
      expect(csp, path).toBe(dataContentSecurityPolicy);
    }
    const siteCsp = JSON.stringify(all.get(byPath['']!)!.SecurityHeadersConfig.ContentSecurityPolicy);
    expect(siteCsp).toContain("default-src 'self'");
    expect(siteCsp).toContain("frame-ancestors 'none'");
    expect(siteCsp).toContain("object-src 'none'");
    // No inline script may run; inline styles are allowed for the code editor's theme.
    expect(siteCsp).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
    expect(siteCsp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // connect-src names the uploads' S3, Cognito and the citizens' issuer: nothing else
    expect(siteCsp).toContain('https://*.s3.');
    expect(siteCsp).toContain('https://cognito-idp.');
    expect(siteCsp).toContain('https://vneid-sandbox.example.vn');
  });
});

describe('WAF on CloudFront (us-east-1)', () => {
  it('is a CloudFront-scope web ACL in us-east-1 with per-IP rate rules answering a bilingual 429', () => {
    expect(built.edge.region).toBe('us-east-1');
    const acls = resourcesOf(edge, 'AWS::WAFv2::WebACL');
    expect(acls).toHaveLength(1);
    const acl = acls[0]![1].Properties;
    expect(acl.Scope).toBe('CLOUDFRONT');
    expect(acl.DefaultAction).toEqual({ Allow: {} });
    const rules = Object.fromEntries(acl.Rules.map((r: CfnJson) => [r.Name, r]));
    expect(rules['rate-all'].Statement.RateBasedStatement).toEqual({
      Limit: wafRateLimits.all,
      AggregateKeyType: 'IP',
    });
    const sensitive = rules['rate-sensitive-writes'].Statement.RateBasedStatement;
    expect(sensitive.Limit).toBe(wafRateLimits.sensitive);
    const prefixes = JSON.stringify(sensitive.ScopeDownStatement);
    for (const prefix of sensitivePostPrefixes) expect(prefixes).toContain(prefix);
    for (const rule of Object.values(rules) as CfnJson[]) {
      expect(rule.Action.Block.CustomResponse).toMatchObject({
        ResponseCode: 429,
        CustomResponseBodyKey: 'rate-limited',
      });
    }
    const body = JSON.parse(acl.CustomResponseBodies['rate-limited'].Content);
    expect(body.messages.vi).toMatch(/quá nhiều yêu cầu/i);
    expect(body.messages.en).toMatch(/too many requests/i);
  });

  it('is attached to the distribution, and the app has no unacknowledged cdk-nag finding (CFR2 included)', () => {
    const cdn = resourcesOf(main, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    expect(cdn.WebACLId).toBeDefined();
    expect(JSON.stringify(cdn.WebACLId)).toMatch(/ExportsReader|WebAcl/);
    expect(nagFindings(built.app)).toEqual([]);
    // CFR2 is satisfied, not acknowledged (acknowledgements are recorded in the assembly's metadata)
    const dir = built.app.synth().directory;
    const metadata = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.metadata.json'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(metadata).toContain('AwsSolutions-CFR1');
    expect(metadata).not.toContain('AwsSolutions-CFR2');
  });
});

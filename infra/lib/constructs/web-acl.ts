import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests per client IP per 5 minutes (WAF's window) before WAF answers 429 itself. */
export const wafRateLimits = {
  /** Everything: pages, assets, API reads. A busy office behind one NAT stays well under it. */
  all: 3000,
  /** Writes that cost: dossier submission, upload slots, fee quotes, sign-in token exchange. */
  sensitive: 300,
} as const;

/** Paths whose POSTs count against the sensitive limit. */
export const sensitivePostPrefixes = ['/api/submissions', '/api/uploads', '/api/forms/'] as const;

const rateLimitedBody = JSON.stringify({
  type: 'urn:tthc:problem:rate.limited',
  title: 'Too Many Requests',
  status: 429,
  code: 'rate.limited',
  detail: 'Too many requests from your address; please try again in a few minutes.',
  messages: {
    vi: 'Có quá nhiều yêu cầu từ địa chỉ của bạn; vui lòng thử lại sau vài phút.',
    en: 'Too many requests from your address; please try again in a few minutes.',
  },
});

/**
 * The CloudFront-scope web ACL: rate-based rules per viewer IP (CloudFront passes WAF the
 * viewer's address, which the app behind CloudFront never sees). A blocked request gets the same
 * problem shape as the app's own 429, with Retry-After. No managed rule groups: their body-size
 * rule would refuse procedure definitions (tens of KiB), and the app validates every body itself.
 */
export class WebAcl extends Construct {
  public readonly acl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: { envName: string }) {
    super(scope, id);
    const block: wafv2.CfnWebACL.RuleActionProperty = {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: 'rate-limited',
          responseHeaders: [{ name: 'retry-after', value: '300' }],
        },
      },
    };
    const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName,
    });
    this.acl = new wafv2.CfnWebACL(this, 'Acl', {
      name: `tthc-${props.envName}-edge`,
      description: 'Per-IP rate limits in front of the builder, the portal and the API',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`tthc-${props.envName}-edge`),
      customResponseBodies: { 'rate-limited': { contentType: 'APPLICATION_JSON', content: rateLimitedBody } },
      rules: [
        {
          name: 'rate-sensitive-writes',
          priority: 0,
          action: block,
          visibilityConfig: visibility('rate-sensitive-writes'),
          statement: {
            rateBasedStatement: {
              limit: wafRateLimits.sensitive,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { method: {} },
                        positionalConstraint: 'EXACTLY',
                        searchString: 'POST',
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                    {
                      orStatement: {
                        statements: sensitivePostPrefixes.map((prefix) => ({
                          byteMatchStatement: {
                            fieldToMatch: { uriPath: {} },
                            positionalConstraint: 'STARTS_WITH',
                            searchString: prefix,
                            textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
                          },
                        })),
                      },
                    },
                  ],
                },
              },
            },
          },
        },
        {
          name: 'rate-all',
          priority: 1,
          action: block,
          visibilityConfig: visibility('rate-all'),
          statement: { rateBasedStatement: { limit: wafRateLimits.all, aggregateKeyType: 'IP' } },
        },
      ],
    });
  }
}

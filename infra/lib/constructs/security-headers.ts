import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import {
  commonSecurityHeaders,
  dataContentSecurityPolicy,
  hstsMaxAgeSeconds,
  siteContentSecurityPolicy,
} from '../../../functions/http/security-policy';

export interface SecurityHeadersProps {
  /** Origins the browser app calls besides its own: the uploads bucket, the OpenID Connect issuers. */
  connectSources: string[];
}

/**
 * CloudFront response headers policies carrying the same headers as the local server
 * (functions/http/security-policy.ts), plus HSTS: one for the app, one for data (`/api/*`,
 * `/releases/*`, `/health`), whose CSP lets nothing run.
 */
export class SecurityHeaders extends Construct {
  public readonly site: cloudfront.ResponseHeadersPolicy;
  public readonly data: cloudfront.ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    this.site = this.policy('Site', siteContentSecurityPolicy(props.connectSources));
    this.data = this.policy('Data', dataContentSecurityPolicy);
  }

  private policy(id: string, contentSecurityPolicy: string): cloudfront.ResponseHeadersPolicy {
    const permissions = commonSecurityHeaders['permissions-policy'] ?? '';
    return new cloudfront.ResponseHeadersPolicy(this, id, {
      comment: `tthc ${id.toLowerCase()}: CSP and security headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(hstsMaxAgeSeconds),
          includeSubdomains: true,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: permissions, override: true },
          {
            header: 'Cross-Origin-Opener-Policy',
            value: commonSecurityHeaders['cross-origin-opener-policy'] ?? 'same-origin',
            override: true,
          },
        ],
      },
    });
  }
}

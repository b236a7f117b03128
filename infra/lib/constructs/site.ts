import * as fs from 'node:fs';
import { type CfnElement, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { InfraConfig } from '../config';
import { secureBucketDefaults } from './data';
import { SecurityHeaders } from './security-headers';

export interface SiteProps {
  config: InfraConfig;
  /** Host name of the HTTP API; `/api/*` and `/health` are forwarded to it. */
  apiDomainName: string;
  catalogBucket: s3.IBucket;
  logBucket: s3.IBucket;
  /** The built builder/portal (builder-ui/dist); when it does not exist only config.json is deployed. */
  siteAssetsDir?: string;
  /** Published to the site as /config.json so the browser app knows where to sign officers in. */
  publicConfig: Record<string, string>;
  /** Origins the app calls besides its own (uploads bucket, OIDC issuers), for its CSP. */
  connectSources: string[];
  /** ARN of the CloudFront-scope WAF web ACL (in us-east-1) guarding the distribution. */
  webAclArn?: string;
}

/**
 * The builder/portal: a private bucket behind CloudFront (origin access control), with the API
 * on the same origin under `/api/*` so the browser needs no CORS and no API URL, and the
 * immutable catalog releases under `/releases/*` (manifests) and `/objects/*` (the files they name,
 * by content hash) straight from the catalog bucket.
 */
export class Site extends Construct {
  public readonly bucket: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;
  public readonly headers: SecurityHeaders;
  /** https://… where the site (and, under /api, the API) is served. */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    const { config } = props;

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...secureBucketDefaults(config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY),
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 'site/',
    });

    this.headers = new SecurityHeaders(this, 'Headers', { connectSources: props.connectSources });
    const apiOrigin = new origins.HttpOrigin(props.apiDomainName, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: apiOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      // Answers depend on the caller's token: never cache, forward everything but Host.
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers.data,
    };

    // One origin for the catalog bucket: manifests under releases/, the files they name under objects/.
    const catalogOrigin = origins.S3BucketOrigin.withOriginAccessControl(props.catalogBucket);
    this.distribution = new cloudfront.Distribution(this, 'Cdn', {
      comment: `tthc ${config.envName}: builder, portal, API, catalog releases`,
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      ...(config.siteDomain && config.certificateArn
        ? {
            domainNames: [config.siteDomain],
            // Only settable with our own certificate; CloudFront's default one has a fixed policy.
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn),
          }
        : {}),
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: this.headers.site,
        functionAssociations: [
          { eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: this.spaRewrite() },
        ],
      },
      additionalBehaviors: {
        '/api/*': apiBehavior,
        '/health': apiBehavior,
        '/releases/*': {
          origin: catalogOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          // A release never changes once written, so it can be cached for as long as CloudFront likes.
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: this.headers.data,
        },
        '/objects/*': {
          origin: catalogOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          // Release files are stored by their content's hash (release-keys.ts): never changed either.
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: this.headers.data,
        },
      },
    });
    this.url = config.siteDomain ? `https://${config.siteDomain}` : `https://${this.distribution.domainName}`;
    this.acknowledgeEdgeFindings(config);
    this.deployContent(props);
  }

  /** Client-side routes (`/procedures/1.001193`) are served the app's index.html; files pass through. */
  private spaRewrite(): cloudfront.Function {
    return new cloudfront.Function(this, 'SpaRewrite', {
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(
        `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`,
      ),
    });
  }

  private deployContent(props: SiteProps): void {
    const sources = [s3deploy.Source.jsonData('config.json', props.publicConfig)];
    if (props.siteAssetsDir && fs.existsSync(props.siteAssetsDir)) {
      sources.unshift(s3deploy.Source.asset(props.siteAssetsDir));
    }
    new s3deploy.BucketDeployment(this, 'Content', {
      sources,
      destinationBucket: this.bucket,
      // Keep files of earlier builds: an open page may still load its hashed chunks.
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
    });
    this.acknowledgeDeploymentHandler();
  }

  /**
   * BucketDeployment runs a Lambda that aws-cdk-lib creates once per stack (a singleton beside
   * this construct, not under it); its role, grants and runtime are the library's, not ours.
   */
  private acknowledgeDeploymentHandler(): void {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) return;
    const reason =
      'aws-cdk-lib BucketDeployment handler: runs only during deployments to copy the built site; its role and runtime are set by the library.';
    const findings = [
      'AwsSolutions-L1',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${stack.account}-${stack.region}/*]`,
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as CfnElement)}.Arn>/*]`,
      // CloudFront invalidations cannot be scoped to a distribution ARN by the library's policy.
      'AwsSolutions-IAM5[Resource::*]',
    ];
    Validations.of(handler).acknowledge(...findings.map((id) => ({ id, reason })));
  }

  private acknowledgeEdgeFindings(config: InfraConfig): void {
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'No geo restriction: Vietnamese citizens abroad file dossiers too (consular civil status).',
    });
    if (!config.siteDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its default certificate, whose TLS policy cannot be set; prod sets a domain and TLSv1.2_2021.',
      });
    }
  }
}

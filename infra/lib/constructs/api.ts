import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionName } from '../access';
import type { InfraConfig } from '../config';

/** Which function serves which path, and whether API Gateway checks an officer's token first. */
export interface RouteSpec {
  path: string;
  fn: FunctionName;
  officer: boolean;
}

/** Full paths, the same locally and on AWS (the apps register them as they are). */
export const routeSpecs: readonly RouteSpec[] = [
  { path: '/api/admin/{proxy+}', fn: 'admin', officer: true },
  { path: '/api/publish/{proxy+}', fn: 'publish', officer: true },
  { path: '/api/forms/{proxy+}', fn: 'forms', officer: false },
  { path: '/api/catalog', fn: 'forms', officer: false },
  { path: '/api/catalog/{proxy+}', fn: 'forms', officer: false },
  { path: '/api/uploads', fn: 'submissions', officer: false },
  { path: '/api/uploads/{proxy+}', fn: 'submissions', officer: false },
  { path: '/api/submissions', fn: 'submissions', officer: false },
  { path: '/api/dossiers', fn: 'submissions', officer: false },
  { path: '/api/dossiers/{proxy+}', fn: 'submissions', officer: false },
  { path: '/health', fn: 'forms', officer: false },
];

// Not ANY: OPTIONS must stay with API Gateway's CORS preflight, before any authorizer runs.
const methods = [
  apigw.HttpMethod.GET,
  apigw.HttpMethod.POST,
  apigw.HttpMethod.PUT,
  apigw.HttpMethod.PATCH,
  apigw.HttpMethod.DELETE,
];

export interface ApiProps {
  config: InfraConfig;
  functions: Record<FunctionName, lambda.IFunction>;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
}

/**
 * The HTTP API in front of the four functions: officers' routes behind a Cognito JWT
 * authorizer (the functions check role and agency themselves), public routes open (citizens'
 * VNeID tokens are verified inside the function), throttled, CORS for the site only, access-logged.
 */
export class Api extends Construct {
  public readonly httpApi: apigw.HttpApi;
  public readonly stage: apigw.HttpStage;
  /** Host name of the API, used as CloudFront's origin. */
  public readonly domainName: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { config } = props;

    this.httpApi = new apigw.HttpApi(this, 'Http', {
      apiName: `tthc-${config.envName}`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [config.siteOrigin],
        allowMethods: [apigw.CorsHttpMethod.ANY],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
        maxAge: Duration.hours(1),
      },
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: config.logRetentionDays as logs.RetentionDays,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = this.httpApi.addStage('Stage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: config.throttle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });

    const authorizer = new HttpUserPoolAuthorizer('Officers', props.userPool, {
      userPoolClients: [props.userPoolClient],
    });
    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    for (const route of routeSpecs) {
      let integration = integrations.get(route.fn);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${route.fn}-integration`, props.functions[route.fn], {
          // One invoke permission per function for this API, instead of one per route and method
          // (55 near-identical statements); other APIs still cannot invoke it.
          scopePermissionToRoute: false,
        });
        integrations.set(route.fn, integration);
      }
      const created = this.httpApi.addRoutes({
        path: route.path,
        methods,
        integration,
        ...(route.officer ? { authorizer } : {}),
      });
      if (!route.officer) {
        for (const r of created) {
          Validations.of(r).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason:
              'Public citizen route: anonymous catalog/form reads are the service; citizen (VNeID) tokens are verified inside the function because VNeID is an external OIDC issuer.',
          });
        }
      }
    }

    const stack = Stack.of(this);
    this.domainName = `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}

/** HTTP API access-log fields ($context variables of API Gateway v2). */
const accessLogFields = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latency: '$context.responseLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
};

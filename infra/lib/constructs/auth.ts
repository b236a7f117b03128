import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import registry from '../../../catalogs/registry.json';
import type { OfficerRole } from '../../../functions/ports';
import type { InfraConfig } from '../config';

export interface AuthProps {
  config: InfraConfig;
}

/** Every role an officer can hold; the group `role:<role>` grants it. */
export const officerRoles: readonly OfficerRole[] = ['author', 'approver', 'publisher', 'admin', 'reader'];

/**
 * Officers' identities: a Cognito user pool whose groups carry what the functions check —
 * `role:<role>` and `agency:<id>` (one group per agency of catalogs/registry.json), which arrive
 * in the token's `cognito:groups` claim. Accounts are created by an administrator only.
 */
export class Auth extends Construct {
  public readonly userPool: cognito.UserPool;
  public readonly client: cognito.UserPoolClient;
  /** Token issuer the functions and the API authorizer trust. */
  public readonly issuer: string;
  public readonly jwksUrl: string;
  /** Cognito's hosted sign-in for the builder (https://<prefix>.auth.<region>.amazoncognito.com). */
  public readonly signInDomain: cognito.UserPoolDomain;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const { config } = props;

    this.userPool = new cognito.UserPool(this, 'Officers', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: config.production ? cognito.Mfa.REQUIRED : cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: config.production,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    if (!config.production) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG2',
        reason: 'Dev pool: MFA is optional so test officers can be scripted; prod requires TOTP MFA.',
      });
    }
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Threat protection needs the paid Plus feature plan; officers are few, created by an admin only, and MFA is required in prod.',
    });

    this.client = this.userPool.addClient('Builder', {
      // The builder is a browser app: a public client with PKCE, never a secret in the page.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${config.siteOrigin}/`],
        logoutUrls: [`${config.siteOrigin}/`],
      },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
    });

    this.signInDomain = this.userPool.addDomain('SignIn', {
      // Prefixes are global per region: the account number keeps ours unique.
      cognitoDomain: { domainPrefix: `tthc-${config.envName}-${config.account}` },
    });

    for (const role of officerRoles) this.group(`role:${role}`, `Vai trò / role: ${role}`);
    for (const agency of registry.agencies) {
      this.group(`agency:${agency.id}`, `${agency.name.vi} / ${agency.name.en}`);
    }

    const region = Stack.of(this).region;
    this.issuer = `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;
  }

  /**
   * Lets the site sign officers in from another origin too (the CloudFront address, known only
   * once the distribution exists, when no custom domain is configured).
   */
  public allowSiteOrigin(origin: string): void {
    const cfn = this.client.node.defaultChild as cognito.CfnUserPoolClient;
    cfn.callbackUrLs = [...(cfn.callbackUrLs ?? []), `${origin}/`];
    cfn.logoutUrLs = [...(cfn.logoutUrLs ?? []), `${origin}/`];
  }

  private group(name: string, description: string): void {
    new cognito.CfnUserPoolGroup(this, `Group-${name.replace(/[^A-Za-z0-9]/g, '-')}`, {
      userPoolId: this.userPool.userPoolId,
      groupName: name,
      description,
    });
  }
}

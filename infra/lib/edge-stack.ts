import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { InfraConfig } from './config';
import { WebAcl } from './constructs/web-acl';

/**
 * What CloudFront needs from us-east-1: its WAF web ACL (CloudFront-scope ACLs exist only there).
 * The main stack reads the ACL's ARN through CDK's cross-region references.
 */
export class TthcEdgeStack extends Stack {
  public readonly webAcl: WebAcl;

  constructor(scope: Construct, id: string, props: StackProps & { config: InfraConfig }) {
    super(scope, id, props);
    this.webAcl = new WebAcl(this, 'WebAcl', { envName: props.config.envName });
  }
}

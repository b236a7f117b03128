import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { keySchema, type TableName } from '../../../functions/adapters/dynamodb/tables';
import {
  type BucketAccess,
  type BucketGrant,
  type BucketName,
  bucketObjectActions,
  type FunctionName,
  functionAccess,
  tableActions,
} from '../access';

export interface GrantTargets {
  tables: Record<TableName, dynamodb.ITable>;
  buckets: Record<BucketName, s3.IBucket>;
}

/**
 * Adds to the role exactly the statements access.ts lists for the function: table actions on the
 * table and its one index, object actions on the bucket or on each listed key prefix, and
 * ListBucket so a missing object is a 404.
 */
export function grantAccess(role: iam.IRole, name: FunctionName, props: GrantTargets): void {
  const access = functionAccess[name];
  for (const [table, level] of Object.entries(access.tables) as [TableName, keyof typeof tableActions][]) {
    const arn = props.tables[table].tableArn;
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: tableActions[level],
        // The one index by name, not `index/*`: a future index needs a deliberate grant.
        resources: [arn, `${arn}/index/${keySchema.gsi1.indexName}`],
      }),
    );
  }
  for (const [bucketName, grant] of Object.entries(access.buckets) as [BucketName, BucketGrant][]) {
    const bucket = props.buckets[bucketName];
    const bucketId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement);
    const byPrefix: [string, BucketAccess][] =
      typeof grant === 'string' ? [['', grant]] : Object.entries(grant);
    for (const [prefix, level] of byPrefix) {
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: bucketObjectActions[level],
          resources: [bucket.arnForObjects(`${prefix}*`)],
        }),
      );
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`,
        reason: `Object keys are generated per release/upload at run time; the grant is limited to the ${bucketName} bucket${prefix ? ` under ${prefix}` : ''} and the actions listed in infra/lib/access.ts.`,
      });
    }
    // Without ListBucket a missing object answers 403 instead of 404, which reads as an outage.
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
    );
  }
}

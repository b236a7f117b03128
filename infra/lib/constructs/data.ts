import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  keySchema,
  type TableDefinition,
  type TableName,
  tableDefinitions,
} from '../../../functions/adapters/dynamodb/tables';
import { pendingUploadTag } from '../../../functions/adapters/s3/pending-upload-tag';
import { INCOMING_PREFIX } from '../../../functions/use-cases/submissions/upload-keys';
import type { InfraConfig } from '../config';

// The tag the functions put on every upload (and leave off kept copies): one definition for both.
export { pendingUploadTag } from '../../../functions/adapters/s3/pending-upload-tag';

export interface DataProps {
  config: InfraConfig;
}

/**
 * The product's state: the DynamoDB tables (declared from the same list the local harness
 * creates in DynamoDB Local, so the two cannot drift), the published-catalog bucket and the
 * citizens' uploads bucket, plus the bucket that receives their access logs.
 */
export class Data extends Construct {
  public readonly tables: Record<TableName, dynamodb.Table>;
  public readonly catalogBucket: s3.Bucket;
  public readonly uploadsBucket: s3.Bucket;
  /** Server access logs of the other buckets and CloudFront's standard logs. */
  public readonly logBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    const { config } = props;
    // Production data outlives the stack; dev data is disposable so teardown leaves nothing billed.
    const removalPolicy = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.tables = Object.fromEntries(
      tableDefinitions.map((def) => [def.name, this.table(def, config, removalPolicy)]),
    ) as Record<TableName, dynamodb.Table>;

    this.logBucket = new s3.Bucket(this, 'AccessLogs', {
      ...secureBucketDefaults(removalPolicy),
      // CloudFront standard logging writes with ACLs; everything else stays owner-enforced.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(config.production ? 365 : 30) }],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop.',
    });

    this.catalogBucket = new s3.Bucket(this, 'Catalog', {
      ...secureBucketDefaults(removalPolicy),
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'catalog/',
      // Releases are immutable and kept; versioning guards the current pointer against bad writes.
      versioned: true,
    });

    this.uploadsBucket = new s3.Bucket(this, 'Uploads', {
      ...secureBucketDefaults(removalPolicy),
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'uploads/',
      cors: [uploadsCorsRule(config.siteOrigin)],
      lifecycleRules: [
        // Every incoming file is uploaded tagged `upload=pending` and keeps the tag; confirming copies
        // it, untagged, under the kept prefix. Prefix AND tag: dossier documents are never touched.
        {
          id: 'incoming-uploads',
          prefix: INCOMING_PREFIX,
          tagFilters: { [pendingUploadTag.key]: pendingUploadTag.value },
          expiration: Duration.days(2),
        },
        { id: 'abort-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }

  private table(def: TableDefinition, config: InfraConfig, removalPolicy: RemovalPolicy): dynamodb.Table {
    const table = new dynamodb.Table(this, `Table-${def.name}`, {
      ...(def.timeToLive ? { timeToLiveAttribute: def.timeToLive } : {}),
      // The procedures table streams new items: a new publish job starts the publish worker.
      ...(def.name === 'procedures' ? { stream: dynamodb.StreamViewType.NEW_IMAGE } : {}),
      partitionKey: { name: keySchema.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: keySchema.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      deletionProtection: config.production,
      removalPolicy,
    });
    table.addGlobalSecondaryIndex({
      indexName: keySchema.gsi1.indexName,
      partitionKey: { name: keySchema.gsi1.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: keySchema.gsi1.sortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    return table;
  }
}

/** The portal PUTs files straight to S3 with a presigned URL, from the site's origin only. */
export function uploadsCorsRule(origin: string): s3.CorsRule {
  return {
    allowedOrigins: [origin],
    allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET, s3.HttpMethods.HEAD],
    allowedHeaders: ['*'],
    exposedHeaders: ['ETag'],
    maxAge: 3000,
  };
}

/** Private, encrypted, TLS-only: the baseline every bucket of the product shares. */
export function secureBucketDefaults(removalPolicy: RemovalPolicy): s3.BucketProps {
  return {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy,
  };
}

/**
 * Creates the tables of tables.ts if they are missing (local mode and tests; on AWS the CDK app
 * declares the same keys). Idempotent: an existing table is left alone.
 */
import {
  CreateTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { keySchema, type TableName, tableDefinitions } from './tables';

/** Creates every missing table; returns the physical names that were created. */
export async function createTables(
  client: DynamoDBClient,
  names: Record<TableName, string>,
): Promise<string[]> {
  const existing = new Set<string>();
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    for (const name of page.TableNames ?? []) existing.add(name);
    start = page.LastEvaluatedTableName;
  } while (start);

  const created: string[] = [];
  for (const definition of tableDefinitions) {
    const name = names[definition.name];
    if (existing.has(name)) continue;
    const { partitionKey: pk, sortKey: sk, gsi1 } = keySchema;
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [pk, sk, gsi1.partitionKey, gsi1.sortKey].map((n) => ({
          AttributeName: n,
          AttributeType: 'S' as const,
        })),
        KeySchema: [
          { AttributeName: pk, KeyType: 'HASH' },
          { AttributeName: sk, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: gsi1.indexName,
            KeySchema: [
              { AttributeName: gsi1.partitionKey, KeyType: 'HASH' },
              { AttributeName: gsi1.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
    if (definition.timeToLive) await enableTimeToLive(client, name, definition.timeToLive);
    created.push(name);
  }
  return created;
}

/**
 * Turns expiry on. dynalite does not implement UpdateTimeToLive (DynamoDB Local does); without it
 * expired counters merely stay, and nothing reads them (their keys name a past window).
 */
async function enableTimeToLive(client: DynamoDBClient, table: string, attribute: string): Promise<void> {
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: table,
        TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
      }),
    );
  } catch (err) {
    if (!(err instanceof Error && /UnknownOperation/.test(err.name))) throw err;
  }
}

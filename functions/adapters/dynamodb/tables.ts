/**
 * The DynamoDB tables, defined once: the local harness creates them in DynamoDB Local from this list
 * and the CDK app declares the same keys, so local mode and AWS cannot drift apart.
 * Every table has a string partition key `pk`, sort key `sk` and one global index `gsi1`
 * (`gsi1pk`, `gsi1sk`, all attributes projected).
 */
export type TableName = 'procedures' | 'audit' | 'dossiers' | 'citizens';

export interface TableDefinition {
  /** Logical name; the physical name comes from configuration. */
  name: TableName;
  purpose: string;
  /** Environment variable carrying the physical table name. */
  env: string;
}

export const tableDefinitions: readonly TableDefinition[] = [
  { name: 'procedures', env: 'TABLE_PROCEDURES', purpose: 'procedure heads and versions (gsi1: by agency)' },
  { name: 'audit', env: 'TABLE_AUDIT', purpose: 'append-only audit log (gsi1: by actor)' },
  { name: 'dossiers', env: 'TABLE_DOSSIERS', purpose: 'dossiers and upload slots (gsi1: by owner)' },
  {
    name: 'citizens',
    env: 'TABLE_CITIZENS',
    purpose: 'citizen data stand-ins: population registry, warehouse documents',
  },
];

export const keySchema = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsi1: { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;

/**
 * Local stand-ins for the state's data sources (population registry, residence, civil status,
 * personal e-data warehouse, earlier results) in one DynamoDB table: a profile item with the
 * attributes per source and one item per record. On AWS the same port would call the real APIs.
 */
import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { CitizenData, CitizenRecord } from '../../core/types';
import type { CitizenDataSource } from '../../ports';
import { guard } from '../guard';
import { fromItem, toItem } from './items';
import { keptReads } from './kept-reads';
import { queryAll } from './paginate';
import { isConditionFailed } from './sdk-errors';

const what = 'Nguồn dữ liệu công dân / citizen data';
/** People whose data is kept at most: a container serves far fewer citizens within a minute. */
const MAX_KEPT = 2000;

export interface SeedableCitizenDataSource extends CitizenDataSource {
  /**
   * Writes a citizen's profile and records. Existing items are kept unless `overwrite`
   * (seeding twice neither duplicates nor overwrites). Returns how many items were written.
   */
  put(data: CitizenData, options?: { overwrite?: boolean }): Promise<number>;
}

interface Profile {
  personalId: string;
  attributes?: CitizenData['attributes'];
  unavailable?: string[];
}

/** Creates the source over an injected client and the physical table name. */
export function createDynamoCitizenDataSource(
  client: DynamoDBClient,
  table: string,
): SeedableCitizenDataSource {
  const pk = (id: string) => `CITIZEN#${id}`;
  const read = (personalId: string) =>
    guard(what, async () => {
      const items = await queryAll(client, {
        TableName: table,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'pk' },
        ExpressionAttributeValues: { ':pk': { S: pk(personalId) } },
        ConsistentRead: true,
      });
      let profile: Profile | null = null;
      const records: CitizenRecord[] = [];
      for (const item of items) {
        if (item.sk?.S === 'PROFILE') profile = fromItem<Profile>(item);
        else records.push(fromItem<CitizenRecord>(item));
      }
      if (!profile) return null;
      return {
        personalId,
        attributes: profile.attributes ?? {},
        records,
        ...(profile.unavailable?.length ? { unavailable: profile.unavailable } : {}),
      };
    });
  const kept = keptReads<CitizenData | null>(MAX_KEPT, () => performance.now());
  return {
    load: (personalId, options = {}) =>
      options.maxAgeMs === undefined
        ? read(personalId)
        : kept.get(personalId, options.maxAgeMs, () => read(personalId)),
    put: (data, options = {}) =>
      kept.around(data.personalId, () =>
        guard(what, async () => {
          const profile: Profile = {
            personalId: data.personalId,
            attributes: data.attributes,
            unavailable: data.unavailable,
          };
          const items = [
            toItem({ pk: pk(data.personalId), sk: 'PROFILE' }, profile),
            ...(data.records ?? []).map((r) =>
              toItem({ pk: pk(data.personalId), sk: `RECORD#${r.source}#${r.record}#${r.id}` }, r),
            ),
          ];
          let written = 0;
          for (const Item of items) {
            try {
              await client.send(
                new PutItemCommand({
                  TableName: table,
                  Item,
                  ...(options.overwrite
                    ? {}
                    : {
                        ConditionExpression: 'attribute_not_exists(#pk)',
                        ExpressionAttributeNames: { '#pk': 'pk' },
                      }),
                }),
              );
              written++;
            } catch (err) {
              if (!isConditionFailed(err)) throw err;
            }
          }
          return written;
        }),
      ),
  };
}

/** Starts DynamoDB Local, prints `PORT <n>`, then waits to be killed (dynamodb-local.test.ts). */
import { startDynamoDbLocal } from '../../../functions/local/dynamodb-local';

const local = await startDynamoDbLocal({ port: 0 });
process.stdout.write(`PORT ${local.port}\n`);
setInterval(() => {}, 1 << 30);

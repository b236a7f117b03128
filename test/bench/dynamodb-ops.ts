/**
 * `npm run bench:dynamodb`: CPU per DynamoDB call, on both sides of the wire — this process (the AWS
 * SDK) and DynamoDB Local's JVM — for the calls the citizen routes make: a consistent GetItem, a
 * create-once PutItem of a dossier-sized item (with its GSI), a counter's conditional UpdateItem, and
 * TransactWriteItems of 1–3 of those. It tells what a route's storage design costs on this machine
 * (and that a transaction costs several single writes in the emulator), and compares the JVM's
 * `quick` and `server` JIT and the SDK's middleware cache. CPU comes from /proc, so it barely depends
 * on the machine's load; every call is warmed up (as many calls as measured) before any is measured.
 * BENCH_CALLS (default 3000) per call; BENCH_JIT=quick|server (default both). BENCH_PACED=1 measures
 * instead what a GetItem costs when calls come on a fixed schedule, as citizens' requests do, rather
 * than back to back (on this machine's VM, waking an idle process is itself a large part of a call).
 */

import { loadavg } from 'node:os';
import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { createTables } from '../../functions/adapters/dynamodb/create-tables';
import { type TableName, tableDefinitions } from '../../functions/adapters/dynamodb/tables';
import { startDynamoDbLocal } from '../../functions/local/dynamodb-local';
import { childPids, cpuMs } from './http/processes';

const calls = Number(process.env.BENCH_CALLS ?? 3000);
const jits = (process.env.BENCH_JIT ?? 'quick,server').split(',') as ('quick' | 'server')[];
const concurrency = 8;
/** BENCH_PACED=1: instead, what one GetItem costs back to back vs on a fixed schedule (150/s, 400/s). */
const paced = process.env.BENCH_PACED === '1';

function jvmCpu(): number {
  const descendants = (p: number): number[] => childPids(p).flatMap((c) => [c, ...descendants(c)]);
  return descendants(process.pid).reduce((sum, pid) => sum + cpuMs(pid), 0);
}

async function measure(jit: 'quick' | 'server', cacheMiddleware: boolean) {
  const ddb = await startDynamoDbLocal({ port: 0, jit });
  try {
    const client = new DynamoDBClient({
      region: 'ap-southeast-1',
      endpoint: ddb.endpoint,
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
      cacheMiddleware,
    });
    client.middlewareStack.remove('loggerMiddleware');
    const names = Object.fromEntries(tableDefinitions.map((t) => [t.name, `bench-${t.name}`])) as Record<
      TableName,
      string
    >;
    await createTables(client, names);
    // A dossier-sized item: ~2 KB of answers, indexed by owner like a real dossier.
    const answers = JSON.stringify({ hoTen: 'Trần Văn Minh', ghiChu: 'x'.repeat(2000) });
    let n = 0;
    const dossier = (i: number) => ({
      TableName: names.dossiers,
      Item: {
        pk: { S: `DOSSIER#HS-2026-${i}` },
        sk: { S: 'DOSSIER' },
        gsi1pk: { S: 'OWNER#bench' },
        gsi1sk: { S: `2026-12-02#${i}` },
        answers: { S: answers },
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    const record = (i: number) => ({
      TableName: names.dossiers,
      Item: { pk: { S: `IDEMPOTENCY#${i}` }, sk: { S: 'KEY' }, code: { S: `HS-2026-${i}` } },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    const counter = (i: number) => ({
      TableName: names.counters,
      Key: { pk: { S: `RATE#${i % 7}` }, sk: { S: 'COUNTER' } },
      UpdateExpression: 'SET #e = if_not_exists(#e, :e) ADD #a :one',
      ConditionExpression: 'attribute_not_exists(#a) OR #a <= :max',
      ExpressionAttributeNames: { '#e': 'expiresAt', '#a': 'requests' },
      ExpressionAttributeValues: { ':e': { N: '1' }, ':one': { N: '1' }, ':max': { N: '999999999' } },
    });
    const ops: [string, () => Promise<unknown>][] = [
      [
        'GetItem (consistent)',
        () =>
          client.send(
            new GetItemCommand({
              TableName: names.dossiers,
              Key: { pk: { S: 'DOSSIER#HS-2026-1' }, sk: { S: 'DOSSIER' } },
              ConsistentRead: true,
            }),
          ),
      ],
      ['PutItem dossier (GSI)', () => client.send(new PutItemCommand(dossier(n++)))],
      ['UpdateItem counter', () => client.send(new UpdateItemCommand(counter(n++)))],
      [
        'Transact dossier',
        () => client.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: dossier(n++) }] })),
      ],
      [
        'Transact dossier + counter',
        () => {
          const i = n++;
          return client.send(
            new TransactWriteItemsCommand({ TransactItems: [{ Put: dossier(i) }, { Update: counter(i) }] }),
          );
        },
      ],
      [
        'Transact dossier + record + counter',
        () => {
          const i = n++;
          return client.send(
            new TransactWriteItemsCommand({
              TransactItems: [{ Put: dossier(i) }, { Put: record(i) }, { Update: counter(i) }],
            }),
          );
        },
      ],
    ];
    const run = async (call: () => Promise<unknown>, count: number) => {
      let started = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (started++ < count) await call();
        }),
      );
    };
    // Every call warms up first, so the JIT has compiled what they share before any is measured.
    for (const [, call] of ops) await run(call, calls);
    const rows: string[] = [];
    if (paced) {
      // The same GetItem back to back (8 at a time) and on a fixed schedule, as HTTP requests arrive:
      // between paced calls both processes fall idle, and each call pays their waking up again.
      const [name, get] = ops[0]!;
      for (const rate of [0, 150, 400]) {
        const jvm0 = jvmCpu();
        const node0 = process.cpuUsage();
        if (rate === 0) await run(get, calls);
        else await pacedRun(get, calls, rate);
        const node = process.cpuUsage(node0);
        const jvm = jvmCpu() - jvm0;
        const perCall = (ms: number) => (ms / calls).toFixed(2);
        const how =
          rate === 0
            ? `${concurrency} at a time, back to back`
            : `one every ${(1000 / rate).toFixed(1)} ms (${rate}/s)`;
        rows.push(`| ${name}, ${how} | ${perCall((node.user + node.system) / 1000)} | ${perCall(jvm)} |`);
      }
      return rows;
    }
    for (const [name, call] of ops) {
      const jvm0 = jvmCpu();
      const node0 = process.cpuUsage();
      await run(call, calls);
      const node = process.cpuUsage(node0);
      const jvm = jvmCpu() - jvm0;
      const perCall = (ms: number) => (ms / calls).toFixed(2);
      rows.push(`| ${name} | ${perCall((node.user + node.system) / 1000)} | ${perCall(jvm)} |`);
    }
    return rows;
  } finally {
    await ddb.stop();
  }
}

/** Sends `count` calls on a fixed schedule of `rate` a second, whatever the answers (open loop). */
async function pacedRun(call: () => Promise<unknown>, count: number, rate: number) {
  const pending: Promise<unknown>[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(call());
  }
  await Promise.all(pending);
}

async function main() {
  const before = loadavg()[0] ?? 0;
  if (paced) {
    console.log(`\nPaced: JIT server, SDK middleware cache on (${calls} calls each, after the warm-up)`);
    console.log('| call | SDK (node) CPU ms/call | DynamoDB Local (JVM) CPU ms/call |\n|---|---|---|');
    for (const row of await measure('server', true)) console.log(row);
    console.log(
      `\nLoad average (1 min) before / after: ${before.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)}`,
    );
    return;
  }
  for (const jit of jits) {
    for (const cache of [false, true]) {
      console.log(
        `\nJIT ${jit}, SDK middleware cache ${cache ? 'on' : 'off'} (${calls} calls each, after a warm-up of as many of every call)`,
      );
      console.log('| call | SDK (node) CPU ms/call | DynamoDB Local (JVM) CPU ms/call |\n|---|---|---|');
      for (const row of await measure(jit, cache)) console.log(row);
    }
  }
  console.log(
    `\nLoad average (1 min) before / after: ${before.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

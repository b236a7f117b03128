/**
 * The product's local server (`npm start`'s startLocal) for the memory bench, run by it with
 * `--expose-gc` and an IPC channel. Over that channel only — which exists only when the bench
 * forks this file, never as an HTTP route of the product — the bench asks for a measurement
 * (`{ type: 'measure' }`: full GC, then process.memoryUsage()) or a heap snapshot
 * (`{ type: 'snapshot', file }`).
 */
import { resolve } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { startLocal } from '../../../functions/local/start';

export type Request = { type: 'measure' } | { type: 'snapshot'; file: string };
export type Reply =
  | { type: 'measured'; memory: NodeJS.MemoryUsage }
  | { type: 'snapshot-written'; file: string };

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('run by the memory bench: node --expose-gc with an IPC channel');

const root = resolve(import.meta.dirname, '..', '..', '..');
const running = await startLocal({
  root,
  dataDir: resolve(process.env.DATA_DIR ?? ''),
  port: Number(process.env.PORT),
  dynamoPort: Number(process.env.DYNAMODB_PORT),
  s3Port: Number(process.env.S3_PORT),
});

/**
 * MEMORY_INJECT_LEAK: the bench's own check — keeps that many small arrays (~0.6 KB each) more at every measurement, a
 * known leak the verdict must catch (never set in a real measurement).
 */
const injectArrays = Number(process.env.MEMORY_INJECT_LEAK ?? 0);
const injected: number[][] = [];

process.on('message', (message: Request) => {
  if (message.type === 'measure') {
    // Small JS arrays (as a leaking cache holds them): 128 small integers, ~0.6 KB of heap each.
    for (let i = 0; i < injectArrays; i++) injected.push(Array.from({ length: 128 }, (_, j) => i + j));
    // Twice: the first collection may leave garbage that only becomes unreachable once it ran.
    gc();
    gc();
    process.send?.({ type: 'measured', memory: process.memoryUsage() } satisfies Reply);
  } else if (message.type === 'snapshot') {
    gc();
    process.send?.({ type: 'snapshot-written', file: writeHeapSnapshot(message.file) } satisfies Reply);
  }
});
// The bench closes the channel (or dies): stop DynamoDB Local and s3rver with us.
process.on('disconnect', () => {
  running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});

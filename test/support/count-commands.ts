/**
 * Counts the commands a REAL SDK client sends (a middleware on its stack, like inject-fault.ts):
 * how many S3 writes a publish made, how many DynamoDB reads a no-op needed. Nothing is mocked.
 */
import type { SdkClients } from '../../functions/composition/sdk-clients';
import { seeAddedMiddleware } from './watch-sdk';

type Handler = (args: unknown) => Promise<unknown>;
interface MiddlewareStack {
  add(middleware: (next: Handler, context: { commandName?: string }) => Handler, options: object): void;
  remove(name: string): boolean;
}
let counter = 0;

export interface CommandCounts {
  /** Commands sent since the counter was attached, by service and name, e.g. `s3:PutObjectCommand`. */
  readonly counts: Record<string, number>;
  of(service: 's3' | 'dynamodb', command?: string): number;
  remove(): void;
}

export function countCommands(target: { clients: SdkClients }): CommandCounts {
  const counts: Record<string, number> = {};
  const names: [MiddlewareStack, string][] = [];
  for (const service of ['s3', 'dynamodb'] as const) {
    seeAddedMiddleware(target.clients[service]);
    const stack = target.clients[service].middlewareStack as unknown as MiddlewareStack;
    const name = `count-commands-${++counter}`;
    stack.add(
      (next, context) => async (args) => {
        const key = `${service}:${context.commandName ?? '?'}`;
        counts[key] = (counts[key] ?? 0) + 1;
        return next(args);
      },
      { step: 'initialize', name },
    );
    names.push([stack, name]);
  }
  return {
    counts,
    of: (service, command) =>
      Object.entries(counts)
        .filter(
          ([key]) =>
            key.startsWith(`${service}:`) && (command === undefined || key === `${service}:${command}`),
        )
        .reduce((sum, [, n]) => sum + n, 0),
    remove: () => {
      for (const [stack, name] of names) stack.remove(name);
    },
  };
}

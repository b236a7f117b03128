/**
 * Fault injection into the REAL SDK clients: a middleware on the client's stack fails a chosen
 * command (after `after` successful calls), as if DynamoDB or S3 broke mid-request. Nothing is
 * mocked — every other command still goes to DynamoDB Local / s3rver.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SdkClients } from '../../functions/composition/sdk-clients';
import { seeAddedMiddleware } from './watch-sdk';

export interface FaultOptions {
  service: 'dynamodb' | 's3';
  /** e.g. 'PutItemCommand', 'PutObjectCommand'. */
  command: string;
  /** Let this many matching calls succeed first (default 0). */
  after?: number;
  /** Fail this many calls, then behave again (default: until removed). */
  times?: number;
  /**
   * Only calls whose input (as JSON) contains this text count, e.g. an item's id: reads that run in
   * parallel have no fixed order, so "the third GetItem" would not name one read.
   */
  matching?: string;
}

export interface Fault {
  /** How many calls were failed so far. */
  readonly failures: number;
  remove(): void;
}

type AnyClient = DynamoDBClient | S3Client;
type Handler = (args: unknown) => Promise<unknown>;
interface MiddlewareStack {
  add(middleware: (next: Handler, context: { commandName?: string }) => Handler, options: object): void;
  remove(name: string): boolean;
}
let counter = 0;

/**
 * Makes a client fail. `target` is a client or anything holding `clients` (the test deps).
 * @example const fault = injectFault(t, { service: 'dynamodb', command: 'PutItemCommand', after: 1 });
 */
export function injectFault(target: AnyClient | { clients: SdkClients }, options: FaultOptions): Fault {
  const client: AnyClient = 'clients' in target ? target.clients[options.service] : target;
  const name = `injected-fault-${++counter}`;
  let seen = 0;
  let failures = 0;
  seeAddedMiddleware(client);
  const stack = client.middlewareStack as unknown as MiddlewareStack;
  stack.add(
    (next, context) => async (args) => {
      const input = (args as { input?: unknown }).input;
      const matches = options.matching === undefined || JSON.stringify(input).includes(options.matching);
      if (context.commandName === options.command && matches) {
        seen++;
        const active =
          seen > (options.after ?? 0) && (options.times === undefined || failures < options.times);
        if (active) {
          failures++;
          const error = new Error(`Injected fault: ${options.service} ${options.command} failed`);
          error.name = 'InternalServerError';
          Object.assign(error, { $fault: 'server', $metadata: { httpStatusCode: 500 } });
          throw error;
        }
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    get failures() {
      return failures;
    },
    remove: () => void stack.remove(name),
  };
}

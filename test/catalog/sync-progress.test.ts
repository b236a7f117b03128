/** The pull/push progress bar: drawn in place on a terminal, silent in logs and pipes. */
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../functions/cli/sync/progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('progressBar', () => {
  it('redraws one line on a terminal and ends it when done', () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar('pull', stream);
    bar(1, 4);
    bar(4, 4);
    expect(written).toEqual([
      `\rpull [${'#'.repeat(6)}${'-'.repeat(18)}] 1/4`,
      `\rpull [${'#'.repeat(24)}] 4/4`,
      '\n',
    ]);
  });

  it('writes nothing when the output is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    progressBar('push', stream)(3, 3);
    expect(written).toEqual([]);
  });
});

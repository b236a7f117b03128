/**
 * The DynamoDB Local launcher: it says how to install Java when Java is missing, and its JVM never
 * outlives the process that started it — not even one killed with SIGKILL (a crashed test run or
 * `npm start`), which gets no chance to clean up.
 */
import { spawn } from 'node:child_process';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkJava } from '../../functions/local/dynamodb-local';

it('says plainly, in Vietnamese and English, how to install Java when it is missing', () => {
  expect(() => checkJava('java-not-installed-here')).toThrow(/Không tìm thấy Java 17\+/);
  expect(() => checkJava('java-not-installed-here')).toThrow(/Java 17\+ was not found/);
  expect(() => checkJava('java-not-installed-here')).toThrow('apt-get install -y openjdk-17-jre-headless');
  expect(() => checkJava()).not.toThrow();
});

it('stops the JVM when the process that started it is SIGKILLed', { timeout: 90_000 }, async () => {
  const script = join(import.meta.dirname, '..', 'support', 'dynamodb', 'start-and-wait.ts');
  const parent = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    parent.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    parent.once('exit', (code) => reject(new Error(`the starter exited early (${code})`)));
  });
  expect(await answers(port)).toBe(true);
  parent.kill('SIGKILL');
  // The guard notices its stdin closing and kills the JVM; give it a moment, then insist.
  let alive = true;
  for (let i = 0; i < 100 && alive; i++) {
    await new Promise((r) => setTimeout(r, 100));
    alive = await answers(port);
  }
  expect(alive).toBe(false);
});

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

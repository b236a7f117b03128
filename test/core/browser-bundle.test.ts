import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { catalog } from './fixtures/catalog';
import { citizen, procedure, validAnswers } from './fixtures/permit-procedure';

/**
 * The builder's live preview and the citizen's form run the core in the browser. Bundling it for
 * `platform: 'browser'` with Node built-ins marked unresolvable proves it imports none, and running
 * the bundle in a bare V8 context (no require, no process, no Buffer) proves it needs none.
 */
describe('the core bundles for the browser', () => {
  it('bundles with no Node built-ins and validates a submission in a bare JavaScript context', async () => {
    const result = await build({
      entryPoints: ['functions/core/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'core',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.startsWith('node:') || /(^|\/)(aws-sdk|hono)\//.test(f))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);

    const sandbox: Record<string, unknown> = {
      input: JSON.stringify({ procedure, catalog, citizen, validAnswers }),
    };
    runInNewContext(
      `${code}
       const { procedure, catalog, citizen, validAnswers } = JSON.parse(input);
       const compiled = core.compileProcedure(procedure, catalog);
       const ok = core.validateSubmission(compiled, { answers: validAnswers, channel: 'online', citizen, date: '2026-02-01' });
       const bad = core.validateSubmission(compiled, { answers: { ...validAnswers, x: 1 }, channel: 'online', citizen, date: '2026-02-01' });
       globalThis.output = JSON.stringify({ ok: ok.valid, total: ok.fees.total, bad: bad.errors.map((e) => e.code) });`,
      sandbox,
    );
    expect(JSON.parse(String(sandbox.output))).toEqual({ ok: true, total: 33_000, bad: ['answers.unknown'] });
  });
});

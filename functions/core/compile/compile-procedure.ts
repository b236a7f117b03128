import type { ValidationContext } from '../formats/not-future';
import { parsePointer } from '../json-pointer';
import type { CatalogContext, Channel, Message, Procedure } from '../types';
import { compileForm, lazyForm } from './compile-form';
import type { CompiledCase, CompiledDerived, CompiledFeeLine, CompiledProcedure } from './compiled-procedure';
import { compileCondition } from './conditions';
import { jurisdictionChain, policiesForLine } from './policies-for-line';

const DEFAULT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'];
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const cache = new WeakMap<Procedure, WeakMap<CatalogContext, CompiledProcedure>>();
const lazyCache = new WeakMap<Procedure, WeakMap<CatalogContext, CompiledProcedure>>();

export interface CompileOptions {
  /**
   * 'lazy' compiles the answers validator on its first call instead of now. The builder's live
   * preview renders the form and quotes fees on every keystroke without ever validating answers,
   * and compiling a 100-field schema with Ajv is most of a recompile's cost. A schema that does
   * not compile then throws on the first validation instead (the checker reports it anyway).
   */
  answers?: 'eager' | 'lazy';
}

/**
 * Compiles a procedure version with its catalog context: the answers validator, every condition,
 * the fee lines with the policies that could apply to them. The result is cached by the identity
 * of both objects, so callers that keep the published objects never recompile.
 *
 * Throws ProcedureCompileError when an officer's schema or condition is not valid JSON Schema
 * (the catalog checker reports it before publishing).
 */
export function compileProcedure(
  procedure: Procedure,
  catalog: CatalogContext,
  options: CompileOptions = {},
): CompiledProcedure {
  const lazy = options.answers === 'lazy';
  const eager = cache.get(procedure)?.get(catalog);
  if (eager) return eager;
  const store = lazy ? lazyCache : cache;
  let byCatalog = store.get(procedure);
  const hit = byCatalog?.get(catalog);
  if (hit) return hit;
  const compiled = build(procedure, catalog, lazy);
  if (!byCatalog) {
    byCatalog = new WeakMap();
    store.set(procedure, byCatalog);
  }
  byCatalog.set(catalog, compiled);
  return compiled;
}

function build(procedure: Procedure, catalog: CatalogContext, lazy: boolean): CompiledProcedure {
  const chain = jurisdictionChain(procedure, catalog);

  const lines = new Map<string, CompiledFeeLine>();
  procedure.fees.forEach((line, i) => {
    const amount = line.amount;
    lines.set(line.id, {
      line,
      when: compileCondition(line.when, `/fees/${i}/when`),
      unitsFrom: amount.type === 'fixed' ? undefined : parsePointer(amount.units.from),
      unitsDefault: amount.type === 'fixed' ? undefined : amount.units.default,
      copiesFrom: line.multiplier && parsePointer(line.multiplier.from),
      copiesDefault: line.multiplier?.default,
      exemptions: (line.exemptions ?? []).map((exemption, j) => ({
        exemption,
        when: compileCondition(exemption.when, `/fees/${i}/exemptions/${j}/when`),
        percentOff: exemption.percentOff ?? 100,
      })),
      policies: policiesForLine(procedure, line, chain, catalog.policies),
    });
  });
  const channels = new Map(procedure.channels.map((c) => [c.channel as Channel, c]));
  const channelLines = new Map<Channel, CompiledFeeLine[]>();
  for (const offer of procedure.channels) {
    channelLines.set(
      offer.channel,
      offer.fees.map((id) => lines.get(id)).filter((l): l is CompiledFeeLine => l !== undefined),
    );
  }

  const cases: CompiledCase[] = procedure.documentCases.map((documentCase, i) => ({
    documentCase,
    when: compileCondition(documentCase.when, `/documentCases/${i}/when`),
    documents: documentCase.documents.map((document, j) => ({
      document,
      caseId: documentCase.id,
      when: compileCondition(document.when, `/documentCases/${i}/documents/${j}/when`),
      required: document.required ?? true,
      submission: document.submission ?? 'upload',
      accept: document.accept ?? DEFAULT_ACCEPT,
      maxBytes: document.maxBytes ?? DEFAULT_MAX_BYTES,
    })),
  }));
  const documents = new Map(cases.flatMap((c) => c.documents.map((d) => [d.document.id, d] as const)));

  const sourceNames = new Map<string, Message>(catalog.registry.sources.map((s) => [s.id, s.name]));
  const prefill = (procedure.form.prefill ?? []).map((p) => ({
    prefill: p,
    tokens: parsePointer(p.target),
    sourceName: sourceNames.get(p.source) ?? { vi: p.source, en: p.source },
  }));

  const derived: CompiledDerived[] = (procedure.derived ?? []).map((fact) => ({
    fact,
    from: pointerOrFilingDate(fact.from),
    to: pointerOrFilingDate(fact.to),
    of: fact.of === undefined ? undefined : parsePointer(fact.of),
  }));

  const { form, validateAnswers } = (lazy ? lazyForm : compileForm)(procedure.form.schema);

  return {
    procedure,
    catalog,
    jurisdiction: chain[0] ?? '',
    channels,
    channelLines,
    derived,
    cases,
    documents,
    prefill,
    validateAnswers,
    form,
    sourceNames,
  };
}

function pointerOrFilingDate(value: string | undefined): string[] | '$filingDate' | undefined {
  if (value === undefined) return undefined;
  return value === '$filingDate' ? '$filingDate' : parsePointer(value);
}

export type { ValidationContext };

import { compileShared } from '../formats/create-ajv';
import type { Predicate } from './compiled-procedure';

const always: Predicate = () => true;
const never: Predicate = () => false;

/**
 * Compiled conditions by schema object. Definitions are never mutated, so an object compiles to
 * the same predicate for as long as it lives: the builder's preview, which recompiles the
 * procedure on each keystroke but keeps the unchanged conditions' objects, compiles each once.
 */
const compiled = new WeakMap<object, Predicate>();

/**
 * Compiles a catalog condition (a JSON Schema used as a predicate). Absent = always holds.
 * `where` names the condition in the error thrown when the officer's schema does not compile.
 */
export function compileCondition(when: unknown, where: string): Predicate {
  if (when === undefined || when === true) return always;
  if (when === false) return never;
  const hit = typeof when === 'object' && when !== null ? compiled.get(when) : undefined;
  if (hit) return hit;
  try {
    const validate = compileShared('condition', when as object);
    const predicate: Predicate = (subject) => validate(subject) === true;
    if (typeof when === 'object' && when !== null) compiled.set(when, predicate);
    return predicate;
  } catch (cause) {
    throw new ProcedureCompileError(
      {
        vi: `Điều kiện tại ${where} không phải là JSON Schema hợp lệ.`,
        en: `The condition at ${where} is not a valid JSON Schema.`,
      },
      where,
      cause,
    );
  }
}

/** A procedure that cannot be compiled (an officer's schema or condition is malformed). */
export class ProcedureCompileError extends Error {
  readonly messages: { vi: string; en: string };
  readonly where: string;

  constructor(messages: { vi: string; en: string }, where: string, cause?: unknown) {
    super(messages.en, { cause });
    this.name = 'ProcedureCompileError';
    this.messages = messages;
    this.where = where;
  }
}

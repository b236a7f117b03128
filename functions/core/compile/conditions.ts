import { compileShared } from '../formats/create-ajv';
import type { Predicate } from './compiled-procedure';

const always: Predicate = () => true;
const never: Predicate = () => false;

/**
 * Compiles a catalog condition (a JSON Schema used as a predicate). Absent = always holds.
 * `where` names the condition in the error thrown when the officer's schema does not compile.
 */
export function compileCondition(when: unknown, where: string): Predicate {
  if (when === undefined || when === true) return always;
  if (when === false) return never;
  try {
    const validate = compileShared('condition', when as object);
    return (subject) => validate(subject) === true;
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

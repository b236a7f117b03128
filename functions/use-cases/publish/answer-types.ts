/**
 * The TypeScript type of a procedure's answers (`types/<id>.ts` in a release), for integrators who
 * post submissions from their own systems.
 *
 * Why not json-schema-to-typescript here: in the functions' Lambda bundle (esbuild, CJS) it cannot
 * even load — `@jsdevtools/ono`'s ESM build throws at import and prettier calls
 * `createRequire(import.meta.url)` with no `import.meta` (measured with esbuild 0.28, Node 22). The
 * form schemas use a small part of JSON Schema (objects, scalars, enums, const, arrays,
 * if/then/else), so this pure generator covers them and gives the same output in every door.
 * Anything it does not understand becomes `unknown`, never a wrong type.
 */
import { localizeRefs } from '../../core/compile/embedded-resources';
import type { Procedure } from '../../core/types';

type Schema = Record<string, unknown>;

/** @example answerTypeName('dang-ky-khai-sinh') === 'DangKyKhaiSinhAnswers' */
export function answerTypeName(procedureId: string): string {
  const pascal = procedureId
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `${/^[0-9]/.test(pascal) ? `P${pascal}` : pascal}Answers`;
}

/** The `.ts` source declaring `export interface <Name>Answers` for the procedure's form. */
export function answerTypes(procedure: Procedure, version: number): string {
  // References to embedded `$id`s as `#/…` pointers, which refType follows.
  const root = localizeRefs(procedure.form.schema) as Schema;
  const name = answerTypeName(procedure.id);
  const body = typeOf(root, root, '', new Set());
  const header = `/* Answers of ${procedure.code} ${procedure.name.vi} (version ${version}); generated at publish. */\n\n`;
  const declaration = body.startsWith('{')
    ? `export interface ${name} ${body}`
    : `export type ${name} = ${body};`;
  return `${header}${comment(root, '')}${declaration}\n`;
}

function typeOf(schema: unknown, root: Schema, indent: string, seen: Set<unknown>): string {
  if (schema === true || schema === undefined) return 'unknown';
  if (schema === false) return 'never';
  if (typeof schema !== 'object' || schema === null) return 'unknown';
  const s = schema as Schema;
  if (typeof s.$ref === 'string') return refType(s.$ref, root, indent, seen);
  if ('const' in s) return literal(s.const);
  if (Array.isArray(s.enum)) return s.enum.map(literal).join(' | ') || 'never';
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  if (types.length === 0 && (s.properties || s.if)) types.push('object');
  if (types.length === 0) return 'unknown';
  return types.map((type) => scalarOrComposite(type, s, root, indent, seen)).join(' | ');
}

function scalarOrComposite(
  type: string,
  s: Schema,
  root: Schema,
  indent: string,
  seen: Set<unknown>,
): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = typeOf(s.items, root, indent, seen);
      return /^[\w.]+$/.test(item) ? `${item}[]` : `(${item})[]`;
    }
    case 'object':
      return objectType(s, root, indent, seen);
    default:
      return 'unknown';
  }
}

/** Properties of the object itself are typed as declared; those only in if/then/else branches are optional. */
function objectType(s: Schema, root: Schema, indent: string, seen: Set<unknown>): string {
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const props = new Map<string, { schema: unknown; required: boolean }>();
  for (const [key, value] of Object.entries((s.properties as Schema | undefined) ?? {})) {
    props.set(key, { schema: value, required: required.has(key) });
  }
  for (const branch of [s.then, s.else, ...((s.allOf as unknown[]) ?? [])]) {
    if (typeof branch !== 'object' || branch === null) continue;
    for (const [key, value] of Object.entries(((branch as Schema).properties as Schema | undefined) ?? {})) {
      if (!props.has(key)) props.set(key, { schema: value, required: false });
    }
  }
  if (props.size === 0) return s.additionalProperties === false ? '{}' : 'Record<string, unknown>';
  const inner = `${indent}  `;
  const lines = [...props].map(
    ([key, p]) =>
      `${comment(p.schema, inner)}${inner}${propertyName(key)}${p.required ? '' : '?'}: ${typeOf(p.schema, root, inner, seen)};`,
  );
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function refType(ref: string, root: Schema, indent: string, seen: Set<unknown>): string {
  const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
  const target = match ? (root[match[1]!] as Schema | undefined)?.[match[2]!] : undefined;
  if (target === undefined || seen.has(target)) return 'unknown'; // external or cyclic
  return typeOf(target, root, indent, new Set([...seen, target]));
}

function literal(value: unknown): string {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
    ? JSON.stringify(value)
    : 'unknown';
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** The field's label (title) and description as a doc comment. */
function comment(schema: unknown, indent: string): string {
  if (typeof schema !== 'object' || schema === null) return '';
  const s = schema as Schema;
  const text = [s.title, s.description].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (text.length === 0) return '';
  const lines = text.join('\n').replace(/\*\//g, '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`;
}

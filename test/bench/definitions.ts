/** Generates each engine's definition of the benchmark form from the one field list. */
import type { Field } from './fields';
import { formatPatterns } from './fields';

type Json = Record<string, unknown>;

/** JSON Schema 2020-12, as an officer would write it for our core. */
export function toJsonSchema(fields: readonly Field[]): Json {
  const root: Json = { type: 'object', properties: {}, required: [] };
  for (const f of fields) {
    let node = root;
    for (const key of f.path.slice(0, -1)) {
      const props = node.properties as Json;
      props[key] ??= { type: 'object', title: key, properties: {}, required: [] };
      const parent = node;
      node = props[key] as Json;
      // A group is required when it holds a required field.
      if (f.required && !(parent.required as string[]).includes(key)) (parent.required as string[]).push(key);
    }
    const leaf: Json = { type: f.type, title: f.title };
    for (const k of ['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'enum'] as const) {
      if (f[k] !== undefined) leaf[k] = f[k];
    }
    if (f.format === 'date') leaf['x-notFuture'] = true;
    if (f.mustBeTrue) leaf.const = true;
    const key = f.path[f.path.length - 1]!;
    (node.properties as Json)[key] = leaf;
    if (f.required) (node.required as string[]).push(key);
  }
  return root;
}

/** A Form.io form: containers for groups, validate rules per component. */
export function toFormio(fields: readonly Field[]): Json[] {
  const root: Json[] = [];
  for (const f of fields) {
    let list = root;
    for (const key of f.path.slice(0, -1)) {
      let container = list.find((c) => c.key === key);
      if (!container) {
        container = { type: 'container', key, label: key, input: true, tree: true, components: [] };
        list.push(container);
      }
      list = container.components as Json[];
    }
    const key = f.path[f.path.length - 1]!;
    const validate: Json = {};
    if (f.required) validate.required = true;
    if (f.minLength !== undefined) validate.minLength = f.minLength;
    if (f.maxLength !== undefined) validate.maxLength = f.maxLength;
    const pattern = f.pattern ?? (f.format && f.format !== 'email' ? formatPatterns[f.format] : undefined);
    if (pattern) validate.pattern = pattern;
    if (f.minimum !== undefined) validate.min = f.minimum;
    if (f.maximum !== undefined) validate.max = f.maximum;
    const base = { key, label: f.title, input: true, validate };
    if (f.enum) {
      validate.onlyAvailableItems = true;
      list.push({
        ...base,
        type: 'select',
        dataSrc: 'values',
        data: { values: f.enum.map((v) => ({ label: v, value: v })) },
      });
    } else if (f.type === 'boolean') list.push({ ...base, type: 'checkbox' });
    else if (f.type === 'integer')
      list.push({ ...base, type: 'number', decimalLimit: 0, requireDecimal: false });
    else if (f.format === 'email') list.push({ ...base, type: 'email' });
    else list.push({ ...base, type: 'textfield' });
  }
  return root;
}

/** SurveyJS names are flat: nested paths joined with this separator. */
export const SURVEY_SEP = '__';

/** A SurveyJS survey: nested panels for groups, validators per question. */
export function toSurvey(fields: readonly Field[]): Json {
  const root: Json[] = [];
  for (const f of fields) {
    let list = root;
    for (let i = 0; i < f.path.length - 1; i++) {
      const name = `panel${SURVEY_SEP}${f.path.slice(0, i + 1).join(SURVEY_SEP)}`;
      let panel = list.find((c) => c.name === name);
      if (!panel) {
        panel = { type: 'panel', name, elements: [] };
        list.push(panel);
      }
      list = panel.elements as Json[];
    }
    const name = f.path.join(SURVEY_SEP);
    const validators: Json[] = [];
    if (f.minLength !== undefined || f.maxLength !== undefined)
      validators.push({
        type: 'text',
        minLength: f.minLength ?? 0,
        maxLength: f.maxLength ?? 0,
        allowDigits: true,
      });
    const pattern = f.pattern ?? (f.format && f.format !== 'email' ? formatPatterns[f.format] : undefined);
    if (pattern) validators.push({ type: 'regex', regex: pattern });
    if (f.format === 'email') validators.push({ type: 'email' });
    if (f.minimum !== undefined || f.maximum !== undefined)
      validators.push({ type: 'numeric', minValue: f.minimum, maxValue: f.maximum });
    // SurveyJS does not reject a dropdown value outside its choices, nor an unticked boolean.
    if (f.enum)
      validators.push({
        type: 'expression',
        expression: `{${name}} anyof [${f.enum.map((v) => `'${v}'`).join(', ')}]`,
      });
    if (f.mustBeTrue) validators.push({ type: 'expression', expression: `{${name}} = true` });
    const base = { name, title: f.title, isRequired: f.required === true, validators };
    if (f.enum) list.push({ ...base, type: 'dropdown', choices: f.enum });
    else if (f.type === 'boolean') list.push({ ...base, type: 'boolean' });
    else if (f.type === 'integer') list.push({ ...base, type: 'text', inputType: 'number' });
    else list.push({ ...base, type: 'text' });
  }
  return { elements: root, checkErrorsMode: 'onComplete' };
}

/** Nested answers → SurveyJS's flat data. */
export function flattenForSurvey(answers: Json, prefix: string[] = [], out: Json = {}): Json {
  for (const [k, v] of Object.entries(answers)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      flattenForSurvey(v as Json, [...prefix, k], out);
    else if (v !== undefined) out[[...prefix, k].join(SURVEY_SEP)] = v;
  }
  return out;
}

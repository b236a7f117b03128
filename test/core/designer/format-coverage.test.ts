/**
 * Every element of the applicant-form format is classified in format-coverage.ts: the form's own
 * parts from catalogs/schema, every keyword and format the form validator knows, and every `ui:`
 * key react-jsonschema-form declares or the portal reads. A new one fails here until it is listed.
 * The elements said to be visual are really read into the designer's model and written back.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusedKeywords } from '../../../functions/core/catalog-checks/form-profile';
import type { DesignField } from '../../../functions/core/designer/design-types';
import { coverageCounts, formatElements } from '../../../functions/core/designer/format-coverage';
import { formToDesign } from '../../../functions/core/designer/read-design';
import { designToForm } from '../../../functions/core/designer/write-design';
import { createFormAjv } from '../../../functions/core/formats/create-ajv';
import type { Procedure } from '../../../functions/core/types';

const names = (group: string[]) =>
  new Set(formatElements.filter((e) => group.includes(e.group)).map((e) => e.name));

const unclassified = (found: Iterable<string>, known: Set<string>) => [...found].filter((n) => !known.has(n));

describe('format coverage inventory', () => {
  it('lists each element once', () => {
    const keys = formatElements.map((e) => `${e.group}:${e.name}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('classifies every part of the applicant form and of a prefill entry in catalogs/schema', () => {
    const schema = JSON.parse(readFileSync('catalogs/schema/procedure.schema.json', 'utf8'));
    const form = Object.keys(schema.$defs.ApplicantForm.properties);
    const prefill = Object.keys(schema.$defs.Prefill.properties);
    expect(form.length).toBeGreaterThan(0);
    expect(unclassified(form, names(['form']))).toEqual([]);
    expect(unclassified(prefill, names(['prefill']))).toEqual([]);
  });

  it('classifies every keyword and format the form validator knows, and lists none it does not', () => {
    const ajv = createFormAjv();
    const keywords = Object.keys(ajv.RULES.keywords);
    expect(keywords).toContain('x-notFuture');
    expect(unclassified(keywords, names(['keyword', 'annotation']))).toEqual([]);
    // $anchor is core syntax Ajv handles without a keyword rule.
    const listed = [...names(['keyword', 'annotation'])].filter((k) => k !== '$anchor');
    expect(unclassified(listed, new Set(keywords))).toEqual([]);
    const formats = Object.keys(ajv.formats);
    expect(unclassified(formats, names(['format']))).toEqual([]);
    expect(unclassified(names(['format']), new Set(formats))).toEqual([]);
  });

  it("classifies every ui: key react-jsonschema-form declares and every one the portal's code reads", () => {
    const dts = readFileSync('node_modules/@rjsf/utils/lib/types.d.ts', 'utf8');
    const block = (start: string, end: string) => {
      const from = dts.indexOf(start);
      expect(from).toBeGreaterThanOrEqual(0);
      return dts.slice(from, dts.indexOf(end, from));
    };
    const options = block('type UIOptionsBaseType', 'export type UIOptionsType');
    const global = block('export type GlobalUISchemaOptions', '};');
    const uiSchema = block('export type UiSchema<', '};');
    const fromTypes = new Set<string>();
    for (const text of [options, global])
      for (const [, k] of text.matchAll(/^\s+(\w+)\??:/gm)) fromTypes.add(`ui:${k}`);
    for (const [, k] of options.matchAll(/'(\w+Template)'/g)) fromTypes.add(`ui:${k}`);
    for (const [, k] of uiSchema.matchAll(/'(ui:\w+)'\??:/g)) fromTypes.add(k!);
    expect(fromTypes.has('ui:widget')).toBe(true);
    expect(fromTypes.has('ui:enumDisabled')).toBe(true);

    const fromCode = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name))
          for (const [, k] of readFileSync(path, 'utf8').matchAll(/['"](ui:[A-Za-z][\w:]*)['"]/g))
            fromCode.add(k!);
      }
    };
    for (const dir of [
      'builder-ui/src/portal',
      'builder-ui/src/ui',
      'functions/core/form',
      'functions/core/designer',
    ])
      walk(dir);
    expect(fromCode.has('ui:pages')).toBe(true);
    const known = names(['ui']);
    expect(unclassified(fromTypes, known)).toEqual([]);
    expect(unclassified(fromCode, known)).toEqual([]);
  });

  it('reads and writes back every field-level element it calls visual', () => {
    const schema = {
      type: 'object',
      title: 'Tờ khai',
      properties: {
        text: {
          type: 'string',
          title: 'Họ tên',
          description: 'Ghi đủ',
          'x-en': { title: 'Name', description: 'In full' },
          default: 'An',
          minLength: 1,
          maxLength: 50,
          pattern: '^[^0-9]*$',
          format: 'vn-mobile',
          examples: ['Anh', 'Bình'],
          deprecated: false,
          $comment: 'Theo mẫu CT01',
        },
        camDoan: { type: 'boolean', title: 'Tôi cam đoan', const: true },
        longText: { type: 'string', title: 'Ghi chú' },
        number: {
          type: 'integer',
          title: 'Số',
          minimum: 0,
          maximum: 100,
          exclusiveMinimum: -1,
          exclusiveMaximum: 101,
          multipleOf: 5,
        },
        date: { type: 'string', format: 'date', title: 'Ngày', 'x-notFuture': true },
        choice: { type: 'string', title: 'Chọn', enum: ['a', 'b'], 'x-enumNames': ['A', 'B'] },
        labelled: {
          type: 'string',
          title: 'Giới tính',
          oneOf: [
            { const: 'nam', title: 'Nam', 'x-en': { title: 'Male' } },
            { const: 'nu', title: 'Nữ' },
          ],
        },
        locked: { type: 'string', title: 'Mã hồ sơ', readOnly: true },
        legacy: { type: 'string', title: 'Cũ', enum: ['1', '2'] },
        many: {
          type: 'array',
          title: 'Nhiều',
          items: { type: 'string', enum: ['x', 'y'] },
          minItems: 1,
          maxItems: 2,
          uniqueItems: true,
        },
        group: {
          type: 'array',
          title: 'Nhóm',
          items: { type: 'object', properties: { ten: { type: 'string', title: 'Tên' } } },
        },
      },
      required: ['text'],
    };
    const uiSchema = {
      text: {
        'ui:help': 'Gợi ý',
        'ui:help:en': 'Hint',
        'ui:placeholder': 'Nguyễn Văn A',
        'ui:autocomplete': 'name',
        'ui:readonly': false,
        'ui:deprecatedHandling': 'label',
        'ui:enableMarkdownInDescription': true,
        'ui:enableMarkdownInHelp': false,
        'ui:title': 'Họ và tên người khai',
        'ui:description': 'Ghi đủ, có dấu',
        'ui:inputType': 'text',
        'ui:autocapitalize': 'words',
      },
      longText: { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } },
      choice: { 'ui:widget': 'radio', 'ui:inline': true, 'ui:enumDisabled': ['b'] },
      legacy: { 'ui:enumNames': ['Một', 'Hai'] },
      group: { 'ui:addable': true, 'ui:removable': false, 'ui:orderable': false, 'ui:copyable': true },
    };
    const form = { schema, uiSchema } as unknown as Procedure['form'];
    const design = formToDesign(form);
    const all: DesignField[] = [];
    const collect = (fields: DesignField[]) => {
      for (const f of fields) {
        all.push(f);
        if (f.container) collect(f.container.fields);
      }
    };
    collect(design.root.fields);
    expect(all.every((f) => f.kind !== 'advanced')).toBe(true);
    // The keywords with a control of their own read into it (not kept verbatim beside it).
    expect(all.find((f) => f.key === 'labelled')?.choices?.map((c) => c.vi)).toEqual(['Nam', 'Nữ']);
    expect(all.find((f) => f.key === 'locked')?.readonly).toBe(true);
    const props = formatElements.filter((e) => e.coverage === 'visual' && e.prop).map((e) => e.prop!);
    const missing = props.filter((p) => !all.some((f) => f[p] !== undefined));
    expect(missing).toEqual([]);
    expect(designToForm(design)).toEqual(form);
  });

  it('leaves no JSON Schema keyword and no condition JSON-only', () => {
    const jsonOnly = formatElements.filter(
      (e) => (e.group === 'keyword' || e.group === 'condition') && e.coverage === 'json-only',
    );
    expect(jsonOnly.map((e) => e.name)).toEqual([]);
  });

  it('calls a keyword outside the format only when catalog check refuses it', () => {
    const outside = formatElements.filter((e) => e.group === 'keyword' && e.coverage === 'outside');
    const draft07 = ['definitions', 'dependencies'];
    expect(outside.map((e) => e.name).filter((k) => !draft07.includes(k) && !(k in refusedKeywords))).toEqual(
      [],
    );
    const classified = new Map(
      formatElements.filter((e) => e.group === 'keyword').map((e) => [e.name, e.coverage]),
    );
    expect(Object.keys(refusedKeywords).filter((k) => classified.get(k) !== 'outside')).toEqual([]);
  });

  it('counts visual and JSON-only elements (the note quotes these numbers)', () => {
    const counts = coverageCounts();
    expect(counts.visual + counts.jsonOnly + counts.outside + counts.fixed + counts.readOnly).toBe(
      formatElements.length,
    );
    expect(counts.visual).toBe(formatElements.filter((e) => e.coverage === 'visual').length);
    // Every ui: key is either edited with a control or refused by catalog check (check-ui-keys.ts).
    expect(formatElements.filter((e) => e.group === 'ui' && e.coverage === 'json-only')).toEqual([]);
    // Printed for the note; `npx tsx functions/cli/format-coverage.ts` prints the full list.
    console.log(
      `format coverage: ${counts.visual} visual, ${counts.jsonOnly} JSON-only, ${counts.outside} outside the format, ${counts.readOnly} read-only, ${counts.fixed} fixed`,
    );
  });
});

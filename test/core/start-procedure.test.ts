/** "Thủ tục mới": a blank draft follows the format; a copy carries exactly the ticked parts. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../functions/catalog/load-catalog';
import {
  blankProcedure,
  PROCEDURE_CODE,
  procedureFrom,
  slugFromName,
} from '../../functions/core/authoring/start-procedure';
import { checkProcedure, validateFormat } from '../../functions/core/catalog-checks/index';
import type { Procedure } from '../../functions/core/types';
import { readProcedures } from '../../functions/local/read-procedures';
import { catalogProceduresDir } from '../support/test-deps';

const identity = {
  id: 'dang-ky-tam-tru',
  code: '1.004194',
  name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
  field: 'cu-tru',
  level: 'xa',
  agency: 'ubnd-phuong-hoan-kiem',
  legalBasis: '68/2020/QH14',
};

const source = (): Procedure =>
  readProcedures(catalogProceduresDir).find((p) => p.id === 'dang-ky-thuong-tru') as Procedure;

describe('blankProcedure', () => {
  it('follows the format and passes the semantic checks, warning only that it has no test case', async () => {
    const blank = blankProcedure(identity);
    expect(validateFormat('procedure', blank).filter((p) => p.severity === 'error')).toEqual([]);
    const { registry, policies } = await loadCatalog();
    const problems = checkProcedure(blank, { registry: registry!, policies });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.code)).toContain('test.none');
    expect(blank.legalBasis).toEqual([{ number: '68/2020/QH14' }]);
  });

  it('checks the national code format', () => {
    expect(PROCEDURE_CODE.test('1.004194')).toBe(true);
    expect(PROCEDURE_CODE.test('1.0041')).toBe(false);
  });
});

describe('procedureFrom', () => {
  it('carries everything ticked, under the new identity, without the source’s local code', () => {
    const copy = procedureFrom(source(), identity, { form: true, documents: true, fees: true, tests: true });
    expect(copy.id).toBe('dang-ky-tam-tru');
    expect(copy.name.vi).toBe('Đăng ký tạm trú');
    expect(copy.agency).toBe('ubnd-phuong-hoan-kiem');
    expect(copy.form).toEqual(source().form);
    expect(copy.fees).toEqual(source().fees);
    expect(copy.tests).toHaveLength(source().tests.length);
    expect(copy.localCode).toBeUndefined();
  });

  it('leaves out what is not ticked and drops channel references to fees that stayed behind', () => {
    const copy = procedureFrom(source(), identity, {
      form: false,
      documents: false,
      fees: false,
      tests: false,
    });
    expect(copy.fees).toEqual([]);
    expect(copy.tests).toEqual([]);
    expect(copy.channels.every((c) => c.fees.length === 0)).toBe(true);
    expect(copy.form.schema).toEqual({ type: 'object', properties: {} });
    expect(copy.documentCases).toHaveLength(1);
    expect(copy.steps).toEqual(source().steps);
    expect(validateFormat('procedure', copy).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('slugFromName', () => {
  it('drops diacritics and joins words with dashes', () => {
    expect(slugFromName('Đăng ký tạm trú')).toBe('dang-ky-tam-tru');
    expect(slugFromName('  Cấp giấy phép (xây dựng)! ')).toBe('cap-giay-phep-xay-dung');
  });
});

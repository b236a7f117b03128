import { describe, expect, it } from 'vitest';
import { compileProcedure, generateForm } from '../../functions/core/index';
import { catalog } from './fixtures/catalog';
import { citizen, procedure } from './fixtures/permit-procedure';

const compiled = compileProcedure(procedure, catalog);

describe('generateForm', () => {
  it('prefills from the population registry, locking what must not change and naming the source', () => {
    const form = generateForm(compiled, { channel: 'online', date: '2026-02-01', citizen });
    expect(form.formData).toEqual({
      applicant: { hoTen: 'Nguyễn Văn An', soDinhDanh: '001203000123', ngaySinh: '2003-04-05' },
    });
    const ui = form.uiSchema.applicant as Record<string, Record<string, unknown>>;
    expect(ui.hoTen).toMatchObject({
      'ui:autocapitalize': 'words',
      'ui:readonly': true,
      'ui:prefillSource': 'population',
    });
    expect(ui.hoTen?.['ui:help']).toContain('Cơ sở dữ liệu quốc gia về dân cư');
    expect(ui.ngaySinh?.['ui:readonly']).toBeUndefined();
    expect(ui.ngaySinh?.['ui:help']).toContain('có thể sửa');
  });

  it('lists the documents with an upload control or "available from …", and previews fees', () => {
    const form = generateForm(compiled, { channel: 'online', date: '2026-02-01', citizen });
    expect(form.documents.map((d) => [d.id, d.status])).toEqual([
      ['to-khai', 'form'],
      ['giay-chung-sinh', 'reused'],
      ['can-cuoc', 'reused'],
      ['xac-nhan-cu-tru', 'fetch-by-agency'],
      ['anh-chup', 'upload'],
    ]);
    expect(form.documents[1]?.hint?.vi).toMatch(/^Có sẵn từ .* — không cần tải lên\.$/);
    expect(form.fees.lines.map((l) => l.id)).toEqual(['le-phi', 'phi-ban-sao', 'phi-tham-dinh']);
  });

  it('prefills and locks nothing without a signed-in citizen', () => {
    const form = generateForm(compiled, { channel: 'in-person', date: '2026-02-01' });
    expect(form.formData).toEqual({});
    expect(JSON.stringify(form.uiSchema)).not.toContain('ui:readonly');
    expect(form.documents.find((d) => d.id === 'giay-chung-sinh')?.status).toBe('upload');
  });

  it('returns copies the page may change without touching the published procedure', () => {
    const form = generateForm(compiled, { channel: 'online', date: '2026-02-01', citizen });
    (form.schema.properties as Record<string, unknown>).x = 1;
    (form.uiSchema.applicant as Record<string, unknown>).extra = 1;
    expect((procedure.form.schema as { properties: object }).properties).not.toHaveProperty('x');
    expect(procedure.form.uiSchema).toEqual({ applicant: { hoTen: { 'ui:autocapitalize': 'words' } } });
    // The form schema given to rjsf is the officer's, without the server's closing keywords.
    expect(JSON.stringify(form.schema)).not.toContain('unevaluatedProperties');
  });
});

/** Checker findings are shown beside the control that edits their place: the anchor of a pointer. */
import { describe, expect, it } from 'vitest';
import { fieldAnchor, findingAnchor, isWithin } from '../../builder-ui/src/builder/findings/finding-anchor';
import { locateProblem } from '../../builder-ui/src/builder/problem-location';

describe('findingAnchor', () => {
  it('keeps pointers outside the form as they are', () => {
    expect(findingAnchor('/fees/0/amount/amount')).toBe('/fees/0/amount/amount');
    expect(findingAnchor('/tests/2/expect/documentsRequired/0')).toBe('/tests/2/expect/documentsRequired/0');
    expect(findingAnchor('')).toBe('');
  });

  it("maps a field's schema, through sections, groups and conditional branches, to its designer row", () => {
    expect(findingAnchor('/form/schema/properties/soTien/maximum')).toBe('/form/field/soTien/maximum');
    expect(findingAnchor('/form/schema/properties/chuHo/properties/hoTen/maxLength')).toBe(
      '/form/field/chuHo/field/hoTen/maxLength',
    );
    expect(findingAnchor('/form/schema/properties/thanhVien/items/properties/ngaySinh/format')).toBe(
      '/form/field/thanhVien/field/ngaySinh/format',
    );
    expect(findingAnchor('/form/schema/allOf/1/then/properties/lyDo/minLength')).toBe(
      '/form/field/lyDo/minLength',
    );
    expect(findingAnchor('/form/schema/properties/a~1b/pattern')).toBe('/form/field/a~1b/pattern');
  });

  it('maps uiSchema entries and prefill rules to the field they concern', () => {
    expect(findingAnchor('/form/uiSchema/thanhVien/items/hoTen/ui:widget')).toBe(
      '/form/field/thanhVien/field/hoTen/ui:widget',
    );
    const procedure = { form: { prefill: [{ target: '/chuHo/hoTen' }] } };
    expect(findingAnchor('/form/prefill/0/attribute', procedure)).toBe(
      '/form/field/chuHo/field/hoTen/prefill/attribute',
    );
    // Without the procedure (or past its list) the pointer stays: it is then shown in the tab's list.
    expect(findingAnchor('/form/prefill/3/source', procedure)).toBe('/form/prefill/3/source');
  });

  it('leaves form-wide places alone', () => {
    expect(findingAnchor('/form/schema/required/0')).toBe('/form/schema/required/0');
    expect(findingAnchor('/form/uiSchema/ui:order')).toBe('/form/uiSchema/ui:order');
  });

  it('names designer rows by their path of keys', () => {
    expect(fieldAnchor(['chuHo', 'hoTen'])).toBe('/form/field/chuHo/field/hoTen');
    expect(isWithin('/form/field/chuHo/field/hoTen/maxLength', fieldAnchor(['chuHo']))).toBe(true);
    expect(isWithin('/fees/10/id', '/fees/1')).toBe(false);
  });
});

describe('locateProblem for form fields', () => {
  it('describes a form finding by its field, in words', () => {
    expect(locateProblem('/form/schema/properties/thanhVien/items/properties/ngaySinh/maximum')).toEqual({
      tab: 'form',
      where: {
        vi: 'Biểu mẫu › trường «thanhVien» › trường «ngaySinh» › giá trị lớn nhất',
        en: 'Form › field "thanhVien" › field "ngaySinh" › maximum',
      },
    });
  });

  it('puts derived facts on the tab that edits them', () => {
    expect(locateProblem('/derived/0/from').tab).toBe('other');
  });
});

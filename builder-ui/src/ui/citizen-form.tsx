/**
 * react-jsonschema-form as citizens see it, in the page's language: rjsf's own words translated
 * (Có/Không, Thêm, Xóa…) and dates typed dd/mm/yyyy. The apply page uses it; so can any preview of
 * a citizen's form, to show the officer the same thing.
 */
import Form, { type FormProps } from '@rjsf/core';
import { useLang } from '../i18n/lang';
import { DateWidget } from './date-widget';
import { rjsfTranslator } from './rjsf-texts';

const widgets = { DateWidget };

/** `<Form>` with the citizen's widgets and texts; every other prop is passed on. */
export function CitizenForm(props: FormProps) {
  const { lang } = useLang();
  return (
    <Form {...props} widgets={{ ...widgets, ...props.widgets }} translateString={rjsfTranslator(lang)} />
  );
}

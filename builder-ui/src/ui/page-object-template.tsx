/**
 * The root of a paged form: the whole form stays one rjsf form (conditions read answers on other
 * pages, answers survive going back and forth), and this template shows only the current page's
 * fields, named in `formContext.pageFields`. Without that list it draws everything.
 */
import { getTemplate, type ObjectFieldTemplateProps } from '@rjsf/utils';

export interface PageContext {
  /** Top-level fields of the page on screen. */
  pageFields?: readonly string[];
}

/** Set as the root's `ui:ObjectFieldTemplate`. */
export function PageObjectTemplate(props: ObjectFieldTemplateProps) {
  const { registry } = props;
  const fields = (registry.formContext as PageContext | undefined)?.pageFields;
  // The template rjsf would use without this override (the theme's own).
  const Default = getTemplate('ObjectFieldTemplate', registry, {});
  if (!fields) return <Default {...props} />;
  const properties = props.properties
    .filter((p) => fields.includes(p.name))
    .sort((a, b) => fields.indexOf(a.name) - fields.indexOf(b.name));
  // The page's own heading (above the form) replaces the form's title on each page.
  return <Default {...props} title="" description={undefined} properties={properties} />;
}

/**
 * react-jsonschema-form's fields and widgets that no catalog form uses, in a chunk of their own
 * that rjsf-on-demand.tsx fetches the first time one is rendered (vite.config.ts, `rjsfOnDemand`).
 * A form reaches them only by naming them: the Layout* fields through `ui:field` (a component
 * name, outside the catalog format), the widgets through a `ui:widget` the designer does not offer
 * (alt-date, alt-datetime, color, range, rating, file) or a `color` / `data-url` format. Together
 * they weighed ~5 KB gzip on every citizen form.
 */
export { default as LayoutGridField } from '@rjsf/core/lib/components/fields/LayoutGridField.js';
export { default as LayoutHeaderField } from '@rjsf/core/lib/components/fields/LayoutHeaderField.js';
export { default as LayoutMultiSchemaField } from '@rjsf/core/lib/components/fields/LayoutMultiSchemaField.js';
export { default as AltDateTimeWidget } from '@rjsf/core/lib/components/widgets/AltDateTimeWidget.js';
export { default as AltDateWidget } from '@rjsf/core/lib/components/widgets/AltDateWidget.js';
export { default as ColorWidget } from '@rjsf/core/lib/components/widgets/ColorWidget.js';
export { default as FileWidget } from '@rjsf/core/lib/components/widgets/FileWidget.js';
export { default as RangeWidget } from '@rjsf/core/lib/components/widgets/RangeWidget.js';
export { default as RatingWidget } from '@rjsf/core/lib/components/widgets/RatingWidget.js';

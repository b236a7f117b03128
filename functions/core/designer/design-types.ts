/**
 * The form designer's model of an applicant's form (`Procedure['form']`). It names what an
 * officer edits — fields with their kind, labels, limits, choices, sections, repeating groups,
 * pages, show-conditions and prefill — and keeps, for every JSON object it was read from, the
 * original object (`raw`), so keys the model does not know are written back verbatim and in
 * their original place. Nothing in a form is ever dropped by loading and saving it.
 */

export type Json = Record<string, unknown>;

/** Field kinds of the palette. `advanced` = a field the designer cannot show; kept verbatim. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'date'
  | 'choice'
  | 'multiChoice'
  | 'yesNo'
  | 'email'
  | 'section'
  | 'group'
  | 'advanced';

export interface Choice {
  value: string | number | boolean;
  /** Vietnamese display name when it differs from the stored value (`x-enumNames`). */
  vi?: string;
  /** English display name (`x-en.enumNames`). */
  en?: string;
  /** Shown but cannot be picked on the portal (`ui:enumDisabled`), e.g. a service not offered for now. */
  disabled?: boolean;
}

export interface PrefillRule {
  source: string;
  attribute: string;
  locked: boolean;
  /** The original prefill entry and its position in `form.prefill`, for a faithful write-back. */
  raw?: Json;
  index?: number;
}

export interface DesignField {
  key: string;
  kind: FieldKind;
  /** The JSON `type` as read (choices may be numbers; integers vs numbers). */
  type?: unknown;
  title?: string;
  titleEn?: string;
  /** Help text shown under the label: `description` / `x-en.description`. */
  description?: string;
  descriptionEn?: string;
  /** A short hint line (`ui:help`), as the catalog writes it. */
  hint?: string;
  /** Its English twin (`ui:help:en`). */
  hintEn?: string;
  placeholder?: string;
  /** Long text: visible lines (`ui:rows`). */
  rows?: number;
  /** What the browser may fill in (`ui:autocomplete`, e.g. name, tel, email, bday). */
  autocomplete?: string;
  /** `ui:widget`, e.g. radio, textarea, checkboxes, select. */
  widget?: string;
  readonly?: boolean;
  /** Yes/no: the only accepted answer (`const`), e.g. a declaration that must be ticked. */
  constValue?: boolean;
  /** Short text: suggestions offered while typing (`examples`, drawn as a datalist). */
  examples?: string[];
  /** Marked as no longer used (`deprecated`); the form labels it so. */
  deprecated?: boolean;
  /** An internal note for officers, never shown to applicants (`$comment`). */
  comment?: string;
  /** Repeating groups: whether items may be added, removed, reordered, copied (`ui:addable`…). */
  addable?: boolean;
  removable?: boolean;
  orderable?: boolean;
  copyable?: boolean;
  /** How a deprecated field is shown: labelled, disabled or hidden (`ui:deprecatedHandling`). */
  deprecatedHandling?: string;
  /** Help / hint written in Markdown (`ui:enableMarkdownInDescription`, `ui:enableMarkdownInHelp`). */
  markdownDescription?: boolean;
  markdownHint?: boolean;
  /** Radio buttons / checkboxes on one line (`ui:inline`). */
  inline?: boolean;
  /** A label / help shown on the portal instead of the schema's (`ui:title`, `ui:description`). */
  titleOverride?: string;
  descriptionOverride?: string;
  /** The input's type, which picks a phone's keyboard (`ui:inputType`: tel, email, url…). */
  inputType?: string;
  /** Automatic capitals on a phone's keyboard (`ui:autocapitalize`: words for names…). */
  autocapitalize?: string;
  /** The Vietnamese choice names were read from the legacy `ui:enumNames` and are written back there. */
  enumNamesInUi?: boolean;
  /** Options above that were read from inside `ui:options` (e.g. `rows`), written back there. */
  inOptions?: string[];
  required: boolean;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  /** Numbers: the answer must be a multiple of it (`multipleOf`, e.g. 0.5 or 1000). */
  multipleOf?: number;
  /** Dates: not after the filing date (`x-notFuture`). */
  notFuture?: boolean;
  format?: string;
  pattern?: string;
  choices?: Choice[];
  /** Repeating groups and multiple choice: how many items. */
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** Sections and repeating groups: the fields inside (for a group, the fields of one item). */
  container?: DesignContainer;
  /** Which branch the field's schema lives in: '' (always shown) or `<block id>.then|else`. */
  where: string;
  prefill?: PrefillRule;
  /** The key when read (its place among the properties is kept when it is renamed). */
  readKey?: string;
  /** Original schema and uiSchema nodes; undefined for a field made in the designer. */
  raw?: { schema?: Json; ui?: Json; value?: unknown };
}

/**
 * A conditional block: `if` / `then` / `else` of an object schema, written inline or as an
 * element of `allOf`. Fields in `then` are shown when `when` holds, fields in `else` otherwise.
 */
export interface DesignBlock {
  id: string;
  /** '' (at the container) or the branch it is nested in, `<block id>.then|else`. */
  parent: string;
  slot: 'inline' | 'allOf';
  when: Json;
  hasElse: boolean;
  raw?: { element?: Json; then?: Json; else?: Json };
}

/** An object schema whose fields the designer edits: the form itself, a section, or a group's item. */
export interface DesignContainer {
  /** In display order (`ui:order` when present). */
  fields: DesignField[];
  blocks: DesignBlock[];
  /** Whether the uiSchema names the order (`ui:order`); the designer writes one as soon as fields move. */
  explicitOrder: boolean;
  /** `allOf` as read: ids of blocks, or verbatim elements the designer does not show. */
  allOf?: (string | { verbatim: unknown })[];
  /** The container's own if/then/else could not be read as a block: written back untouched. */
  inlineVerbatim?: boolean;
  /** Keys of the fields as read (their uiSchema entries are the designer's; others are kept). */
  readKeys?: string[];
  raw?: { schema?: Json; ui?: Json };
}

export interface DesignPage {
  id: string;
  title: { vi: string; en?: string };
  fields: string[];
  raw?: Json;
}

export interface FormDesign {
  title?: string;
  description?: string;
  /** The form's English title and description (`x-en` of the root schema). */
  titleEn?: string;
  descriptionEn?: string;
  root: DesignContainer;
  pages?: DesignPage[];
  /** `ui:pages` was there but not in the shape of contract 1: written back untouched. */
  pagesVerbatim?: boolean;
  /** Prefill entries the designer cannot attach to a field (e.g. inside a repeating group): kept as they are. */
  otherPrefill: { entry: unknown; index: number }[];
  raw?: { form?: Json };
}

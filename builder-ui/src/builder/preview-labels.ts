/**
 * The preview gives react-jsonschema-form the form's labels through the uiSchema (`ui:title`,
 * `ui:description`, which rjsf shows in place of the schema's) instead of the schema. While an
 * officer types a label, the schema then stays the same object (see share-structure.ts), and
 * with it rjsf's registry: only the edited field re-renders, instead of every field of the form
 * and the validator's checks of the whole root schema. What the citizen sees is unchanged.
 *
 * Only plain places move: a node's own title/description, and those of its `properties` and
 * `items`, recursively. A property that a conditional part of the same object (`then`, `else`,
 * `allOf`, `anyOf`, `oneOf`, `dependencies`, `dependentSchemas`) declares again keeps its label in
 * the schema, since rjsf merges the branch's schema over it. A `ui:title` the officer wrote wins,
 * as it does in rjsf.
 */

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const BRANCHES = ['if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'dependencies', 'dependentSchemas'];

/** Property names declared anywhere inside the conditional parts of `node`. */
function branchNames(node: Json): Set<string> {
  const names = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isRecord(v)) {
      if (isRecord(v.properties)) for (const name of Object.keys(v.properties)) names.add(name);
      for (const value of Object.values(v)) visit(value);
    }
  };
  for (const key of BRANCHES) visit(node[key]);
  return names;
}

/**
 * `schema` without the labels that can live in the uiSchema, and `uiSchema` with them.
 *
 * @example labelsToUi({ properties: { a: { type: 'string', title: 'A' } } }, {})
 * // → [{ properties: { a: { type: 'string' } } }, { a: { 'ui:title': 'A' } }]
 */
export function labelsToUi(schema: Json, uiSchema: Json): [Json, Json] {
  const s: Json = { ...schema };
  const u: Json = { ...uiSchema };
  for (const [keyword, uiKey] of [
    ['title', 'ui:title'],
    ['description', 'ui:description'],
  ] as const) {
    if (typeof s[keyword] !== 'string') continue;
    if (u[uiKey] === undefined) u[uiKey] = s[keyword];
    delete s[keyword];
  }
  if (isRecord(s.properties)) {
    const keep = branchNames(s);
    const properties: Json = {};
    for (const [name, sub] of Object.entries(s.properties)) {
      const ui = u[name] ?? {};
      if (keep.has(name) || !isRecord(sub) || !isRecord(ui)) {
        properties[name] = sub;
        continue;
      }
      const [subSchema, subUi] = labelsToUi(sub, ui);
      properties[name] = subSchema;
      u[name] = subUi;
    }
    s.properties = properties;
  }
  if (isRecord(s.items) && isRecord(u.items ?? {})) {
    const [items, itemsUi] = labelsToUi(s.items, (u.items as Json | undefined) ?? {});
    s.items = items;
    u.items = itemsUi;
  }
  return [s, u];
}

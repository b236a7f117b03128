/**
 * Puts the server's validation errors next to the fields they are about: each core error has a
 * JSON pointer, which becomes a path in react-jsonschema-form's `extraErrors` tree.
 */
import type { ErrorSchema } from '@rjsf/utils';
import type { FieldProblem } from '../api/client';
import type { Lang } from '../i18n/lang';

export interface SortedErrors {
  /** For the form, keyed by answer path. */
  fields: ErrorSchema;
  /** Per document id (upload problems). */
  documents: Record<string, string[]>;
  /** Everything else (channel, whole-dossier problems). */
  general: string[];
  count: number;
}

const unescapeToken = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** Dates are typed dd/mm/yyyy on the portal (see date-widget.tsx), whatever the API stores. */
const forPortal = (text: string) => text.replace('YYYY-MM-DD', 'dd/mm/yyyy');

/** Sorts errors by where they belong, in the reader's language. */
export function sortErrors(errors: FieldProblem[], lang: Lang): SortedErrors {
  const sorted: SortedErrors = { fields: {}, documents: {}, general: [], count: errors.length };
  for (const error of errors) {
    const text = forPortal(lang === 'en' && error.message.en ? error.message.en : error.message.vi);
    const tokens = (error.path ?? '').split('/').slice(1).map(unescapeToken);
    if (tokens[0] === 'answers') tokens.shift();
    if (tokens[0] === 'documents' || tokens[0] === 'uploads' || error.code.startsWith('document.')) {
      const id = tokens[0] === 'documents' || tokens[0] === 'uploads' ? tokens[1] : tokens[0];
      if (id) {
        sorted.documents[id] = [...(sorted.documents[id] ?? []), text];
        continue;
      }
    }
    if (tokens.length === 0 || error.code.startsWith('channel.') || error.code === 'input.invalid') {
      sorted.general.push(text);
      continue;
    }
    let node = sorted.fields as Record<string, unknown>;
    for (const token of tokens) {
      node[token] = (node[token] as Record<string, unknown> | undefined) ?? {};
      node = node[token] as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), text];
  }
  return sorted;
}

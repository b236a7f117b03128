/**
 * markdown-to-jsx for react-jsonschema-form, fetched when a piece of markdown is first shown.
 * rjsf imports it statically for rarely shown things (descriptions with
 * `ui:enableMarkdownInDescription`, its own configuration errors, file lists), and it weighs
 * ~31 KB gzip — as much as Ajv — on every citizen form. The build (vite.config.ts, `onDemand`) gives
 * @rjsf/core this module in place of 'markdown-to-jsx/react': the same `Markdown` component, lazy,
 * showing the plain text for the moment it takes to load.
 */

import type { Markdown as Real } from 'markdown-to-jsx/react';
import { type ComponentProps, lazy, Suspense } from 'react';

const Lazy = lazy(() => import('markdown-to-jsx/react').then((m) => ({ default: m.Markdown })));

/** markdown-to-jsx's `Markdown`, loaded on first use. */
export function Markdown(props: ComponentProps<typeof Real>) {
  return (
    <Suspense fallback={<span>{props.children}</span>}>
      <Lazy {...props} />
    </Suspense>
  );
}

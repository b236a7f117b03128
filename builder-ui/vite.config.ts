/**
 * Builds the builder and portal into builder-ui/dist, which the local server serves at `/`.
 * The domain core is imported from functions/core, so the app and the API run the same code.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const onDemandDir = fileURLToPath(new URL('./src/ui/bundle-swaps/', import.meta.url));

/**
 * Libraries the citizen's form rarely or never needs, swapped for modules that fetch them on first
 * use or stand in for an unused default (see each module in src/ui/bundle-swaps): only for the
 * importer named, so the swap modules themselves (and everything else) still reach the real
 * package. Worker bundles (worker.plugins) keep the real ones.
 */
const swaps: { source: string; importer: RegExp; to: string }[] = [
  // RE2 for `pattern`: the core's linear-regexp.ts, in the browser, loads re2js when a form has a pattern.
  { source: 're2js', importer: /functions\/core\/formats\/linear-regexp\.ts$/, to: 'pattern-engine.ts' },
  // …and runs every pattern in RE2: the native fast path for plain patterns is a server's speed-up.
  {
    source: './plain-pattern',
    importer: /functions\/core\/formats\/linear-regexp\.ts$/,
    to: 're2-only-patterns.ts',
  },
  // …and checks `date` with ajv-formats' own function, already bundled (full-date.ts is a server's speed-up).
  {
    source: './full-date',
    importer: /functions\/core\/formats\/register-formats\.ts$/,
    to: 'ajv-formats-date.ts',
  },
  // rjsf renders markdown only for opt-in descriptions and its own rare messages.
  { source: 'markdown-to-jsx/react', importer: /node_modules\/@rjsf\/core\//, to: 'markdown.tsx' },
  // rjsf resolves a form's `$ref`s with the fast-uri Ajv already brings (rjsf pins another major).
  { source: 'fast-uri', importer: /node_modules\/@rjsf\/utils\//, to: 'rjsf-fast-uri.ts' },
  // rjsf-validator.ts gives rjsf the core's Ajv 2020 and formats: rjsf's own defaults are never used.
  { source: 'ajv', importer: /node_modules\/@rjsf\/validator-ajv8\//, to: 'rjsf-ajv-class.ts' },
  { source: 'ajv-formats', importer: /node_modules\/@rjsf\/validator-ajv8\//, to: 'rjsf-no-formats.ts' },
  // Ajv's OpenAPI keyword, added only with an option the product never sets.
  {
    source: './vocabularies/discriminator',
    importer: /node_modules\/ajv\/dist\/2020\.js$/,
    to: 'ajv-no-discriminator.ts',
  },
];

/**
 * react-jsonschema-form components no catalog form uses (see src/ui/bundle-swaps/
 * rjsf-rare-components.ts): @rjsf/core's field and widget registries get, for each, a component
 * that fetches the real one on first render (rjsf-on-demand.tsx).
 */
const rjsfOnDemand = new Set([
  'LayoutGridField',
  'LayoutHeaderField',
  'LayoutMultiSchemaField',
  'AltDateTimeWidget',
  'AltDateWidget',
  'ColorWidget',
  'FileWidget',
  'RangeWidget',
  'RatingWidget',
]);
const rjsfRegistry = /node_modules\/@rjsf\/core\/lib\/components\/(fields|widgets)\/index\.js$/;
const rjsfOnDemandPrefix = '\0rjsf-on-demand:';

function onDemand(): Plugin {
  return {
    name: 'tthc-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      const rare = /^\.\/(\w+)\.js$/.exec(source)?.[1];
      if (rare && rjsfOnDemand.has(rare) && importer && rjsfRegistry.test(importer))
        return rjsfOnDemandPrefix + rare;
      const swap = swaps.find((s) => s.source === source && importer && s.importer.test(importer));
      return swap ? join(onDemandDir, swap.to) : null;
    },
    load(id) {
      if (!id.startsWith(rjsfOnDemandPrefix)) return null;
      const name = id.slice(rjsfOnDemandPrefix.length);
      const module = JSON.stringify(join(onDemandDir, 'rjsf-on-demand.tsx'));
      return `import { onDemand } from ${module};\nexport default onDemand(${JSON.stringify(name)});\n`;
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [onDemand(), react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // Read by `npm run bench:pages` to know which chunks each citizen page loads.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React in one chunk: chunks fetched later (markdown, rjsf's rare components) need it too,
          // and left alone the bundler cuts react, its JSX runtime and the page code apart, which
          // costs every page an extra chunk or two (~0.5 KB gzip each way).
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  // The editor's live-check worker imports the core; ES module workers keep its chunks shared.
  worker: { format: 'es' },
  server: {
    // `npm start` serves the API on 8787; the dev server forwards API calls there.
    proxy: { '/api': 'http://localhost:8787', '/dev-idp': 'http://localhost:8787' },
  },
});

/**
 * Builds the builder and portal into builder-ui/dist, which the local server serves at `/`.
 * The domain core is imported from functions/core, so the app and the API run the same code.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // Read by `npm run bench:pages` to know which chunks each citizen page loads.
    manifest: true,
  },
  // The editor's live-check worker imports the core; ES module workers keep its chunks shared.
  worker: { format: 'es' },
  server: {
    // `npm start` serves the API on 8787; the dev server forwards API calls there.
    proxy: { '/api': 'http://localhost:8787', '/dev-idp': 'http://localhost:8787' },
  },
});

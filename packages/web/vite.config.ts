import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard builds into dist/, which `plumb serve` serves at `/`; hashed files under assets/ are cached for a
// year there (packages/server/src/api/dashboard-files.ts), index.html is always revalidated.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: what each page loads, read by `npm run bench -- --dashboard`.
    manifest: true,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // Two pages: the dashboard, and GraphiQL at /graphiql (packages/server/src/api/graphql/graphiql.ts), each its own
    // chunks, so the dashboard never loads GraphiQL's.
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  server: {
    // `npm run dev -w @plumb/web` against a `plumb serve` on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080', '/graphql': 'http://127.0.0.1:8080' },
  },
});

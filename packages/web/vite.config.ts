import react from '@vitejs/plugin-react';
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
  },
  server: {
    // `npm run dev -w @plumb/web` against a `plumb serve` on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080', '/graphql': 'http://127.0.0.1:8080' },
  },
});

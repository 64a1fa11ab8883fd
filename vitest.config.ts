import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index') =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@plumb\/engine$/, replacement: src('engine') },
      { find: /^@plumb\/engine\/prestart$/, replacement: src('engine', 'prestart') },
      { find: /^@plumb\/server$/, replacement: src('server') },
      // Node loads graphql's CommonJS build for mercurius and for Plumb alike; Vite would pick its ES build for Plumb,
      // and graphql-js refuses a schema made by one copy and validated by the other.
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig, globalIgnores } from 'eslint/config';
import react from 'eslint-plugin-react';
import importPlugin from 'eslint-plugin-import';

const level = process.env.CI ? 'error' : 'warn';

export default defineConfig([
  globalIgnores(['dist/']),
  react.configs.flat.recommended,
  {
    plugins: { import: importPlugin },
    rules: {
      'no-debugger': 'error',
      'no-console': level,
      'import/no-cycle': 'error',
      'local-rules/no-foo': 'error',
    },
  },
]);

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';

// The shape `npm init @eslint/config` writes: a plugin config named in `extends`.
export default defineConfig([
  { files: ['**/*.{js,mjs,cjs}'], plugins: { js }, extends: ['js/recommended'] },
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.browser } },
  { files: ['lib/**/*.js'], rules: { 'no-empty': 'off' } },
]);

import js from '@eslint/js';
import globals from 'globals';

const sharedRules = {
  'no-unused-vars': ['error', { args: 'none' }],
  eqeqeq: ['error', 'always', { null: 'ignore' }],
};

export default [
  { ignores: ['generated/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, appConfig: 'readonly' } },
    rules: { ...sharedRules, 'no-empty': 'off' },
  },
  { files: ['src/**/*.js'], ignores: ['src/legacy.js'], rules: { 'no-var': 'error' } },
  {
    files: ['test/**/*.js'],
    languageOptions: { globals: globals.mocha },
    rules: { 'no-unused-vars': 'off', 'no-console': 'error' },
  },
];

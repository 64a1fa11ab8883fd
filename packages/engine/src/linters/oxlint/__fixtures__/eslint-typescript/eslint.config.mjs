import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(js.configs.recommended, tseslint.configs.recommended, tseslint.configs.stylistic, {
  languageOptions: { parserOptions: { isolatedDeclarations: true } },
  rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
});

const strictRules = {
  'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }],
  'prefer-const': 'error',
};

module.exports = {
  root: true,
  extends: ['eslint:recommended', './config/base.json'],
  env: { node: true, es2021: true },
  rules: { ...strictRules, 'no-console': 'warn' },
  overrides: [{ files: ['test/**'], env: { jest: true }, rules: { 'no-console': 'off' } }],
};

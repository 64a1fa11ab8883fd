export default [{ ignores: ['generated/'] }, { files: ['**/*.js'], rules: { 'no-console': 'error' } }];

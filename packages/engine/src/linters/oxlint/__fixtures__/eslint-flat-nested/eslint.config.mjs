export default [{ rules: { 'no-debugger': 'error', 'no-var': 'error' } }];

import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-error-check.js';

testRule(rule, {
  valid: [
    'package p\nfunc f() error {\n\tif err := g(); err != nil {\n\t\treturn err\n\t}\n\treturn nil\n}',
    'package p\nfunc f() {\n\tif err != nil {\n\t\t// best effort: the cache is rebuilt on the next start\n\t}\n}',
    'package p\nfunc f() {\n\tif err != nil {\n\t} else {\n\t\tuse(v)\n\t}\n}',
    'package p\nfunc f() {\n\tif v != nil {\n\t}\n}',
    'package p\nfunc f() {\n\tif err == nil {\n\t\tuse(v)\n\t}\n}',
  ],
  invalid: [
    {
      code: 'package p\nfunc f() {\n\terr := g()\n\tif err != nil {\n\t}\n}',
      errors: [{ line: 4, message: '`err` is checked but the error is ignored.' }],
    },
    {
      code: 'package p\nfunc f() {\n\tif _, readErr := r.Read(b); nil != readErr {}\n}',
      errors: [{ line: 3, message: '`readErr` is checked but the error is ignored.' }],
    },
    { code: 'package p\nfunc f() {\n\tif closeError != nil { }\n}', errors: [{ line: 3 }] },
  ],
});

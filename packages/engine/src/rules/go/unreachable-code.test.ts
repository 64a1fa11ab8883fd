import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    'package p\nfunc f() int {\n\tif a {\n\t\treturn 1\n\t}\n\treturn 2\n}',
    'package p\nfunc f() {\n\tgoto done\n\tdone:\n\tg()\n}',
    'package p\nfunc f() {\n\tswitch x {\n\tcase 1:\n\t\treturn\n\tcase 2:\n\t\tg()\n\t}\n}',
    'package p\nfunc f() {\n\treturn\n\t// trailing note\n}',
    'package p\nfunc f() {\n\tdefer func() { panic(r) }()\n\tg()\n}',
  ],
  invalid: [
    {
      code: 'package p\nfunc f() (int, error) {\n\treturn 1, nil\n\tlog.Println("done")\n}',
      errors: [{ line: 4, message: 'Unreachable code after `return`.' }],
    },
    {
      code: 'package p\nfunc f() {\n\tpanic("no")\n\tg()\n\th()\n}',
      errors: [{ line: 4, message: 'Unreachable code after `panic`.' }],
    },
    {
      code: 'package p\nfunc f() {\n\tfor {\n\t\tcontinue\n\t\tg()\n\t}\n}',
      errors: [{ line: 5, message: 'Unreachable code after `continue`.' }],
    },
    { code: 'package p\nfunc f() {\n\tswitch x {\n\tcase 1:\n\t\tbreak\n\t\tg()\n\t}\n}', errors: [{ line: 6 }] },
  ],
});

import { testRule } from '../rule-tester.case.js';
import { rule } from './defer-in-loop.js';

testRule(rule, {
  valid: [
    'package p\nfunc f() {\n\tmu.Lock()\n\tdefer mu.Unlock()\n}',
    'package p\nfunc f(names []string) {\n\tfor _, n := range names {\n\t\tfunc() {\n\t\t\tf, _ := os.Open(n)\n' +
      '\t\t\tdefer f.Close()\n\t\t}()\n\t}\n}',
    'package p\nfunc f() {\n\tdefer func() {\n\t\tfor _, c := range cs {\n\t\t\tc.Close()\n\t\t}\n\t}()\n}',
    'package p\nfunc f(fs []*Flag) {\n\tfor _, f := range fs {\n\t\tf.Hidden = true\n' +
      '\t\tdefer func() { f.Hidden = false }()\n\t}\n}',
    'package p\nfunc f() {\n\tfor i := range n {\n\t\tdefer fmt.Println(i)\n\t}\n}',
    'package p\nfunc f(names []string) error {\n\tfor _, n := range names {\n' +
      '\t\tf, err := os.Open(n)\n\t\tif err != nil {\n\t\t\tcontinue\n\t\t}\n' +
      '\t\tdefer f.Close()\n\t\tuse(f)\n\t\tbreak\n\t}\n\treturn nil\n}',
  ],
  invalid: [
    {
      code:
        'package p\nfunc f(names []string) {\n\tfor _, n := range names {\n' +
        '\t\tf, _ := os.Open(n)\n\t\tdefer f.Close()\n\t}\n}',
      errors: [
        {
          line: 5,
          message: '`defer f.Close()` inside a loop runs only when the function returns, not after each iteration.',
        },
      ],
    },
    {
      code: 'package p\nfunc f() {\n\tfor {\n\t\tif ok {\n\t\t\tdefer mu.Unlock()\n\t\t}\n\t}\n}',
      errors: [{ line: 5 }],
    },
    {
      code:
        'package p\nfunc f(files map[string]string) {\n\tfor _, v := range files {\n\t\tfd, _ := os.Open(v)\n' +
        '\t\tdefer fd.Close()\n\t\tif done(fd) {\n\t\t\tbreak\n\t\t}\n\t}\n}',
      errors: [{ line: 5 }],
    },
  ],
});

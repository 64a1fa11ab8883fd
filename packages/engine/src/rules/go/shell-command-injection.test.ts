import { testRule } from '../rule-tester.case.js';
import { rule } from './shell-command-injection.js';

testRule(rule, {
  valid: [
    'package p\nfunc f(file string) { exec.Command("convert", file, "out.png") }',
    'package p\nfunc f() { exec.Command("sh", "-c", "ls -l | wc -l") }',
    'package p\nfunc f() { exec.Command("bash", "-c", `echo "$1"`, "--", name) }',
    'package p\nfunc f(script string) { exec.Command("python", "-c", script) }',
  ],
  invalid: [
    {
      code: 'package p\nfunc f(upload string) {\n\texec.Command("sh", "-c", "convert "+upload+" out.png").Run()\n}',
      errors: [{ line: 3, message: 'Shell script built at run time is passed to `sh -c`.' }],
    },
    {
      code:
        'package p\nfunc f(ctx context.Context, cmd string) {\n' +
        '\texec.CommandContext(ctx, "/bin/bash", "-c", cmd)\n}',
      errors: [{ line: 3, message: /`\/bin\/bash -c`/ }],
    },
    {
      code: 'package p\nfunc f(arg string) {\n\texec.Command("cmd", "/C", fmt.Sprintf("dir %s", arg))\n}',
      errors: [{ line: 3 }],
    },
  ],
});

import { testRule } from '../rule-tester.case.js';
import { rule } from './eval.js';

testRule(rule, {
  valid: ['<?php $parser->eval($expr);', '<?php evaluate($code);', '<?php // eval($code);', '<?php Expr::eval($x);'],
  invalid: [
    { code: '<?php\n$v = eval($code);', errors: [{ line: 2, message: '`eval()` runs a string as PHP code.' }] },
    { code: '<?php\nfunction f() {\n    return EVAL("return 1;");\n}', errors: [{ line: 3 }] },
    { code: "<html>\n<?php eval('$x = ' . $_GET['v'] . ';'); ?>\n</html>", errors: [{ line: 2 }] },
  ],
});

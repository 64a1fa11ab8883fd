import { testRule } from '../rule-tester.case.js';
import { rule } from './eval-hotspot.js';

testRule(rule, {
  valid: [
    '<?php $parser->eval($expr);',
    '<?php evaluate($code);',
    '<?php // eval($code);',
    '<?php Expr::eval($x);',
    // Behind a strict regex check: the code can only be arithmetic.
    `<?php
function calc($expr) {
    if (!preg_match('/^[0-9+*\\/() .-]+$/', $expr)) {
        throw new InvalidArgumentException('bad expression');
    }
    return eval('return ' . $expr . ';');
}`,
    '<?php\nif (preg_match(\'~\\A\\d+\\z~\', $n)) { $v = eval("return $n;"); }',
    "<?php\nif (preg_match('/^[a-z_]+$/D', $name) === 1 && $enabled) { eval('$x = ' . $name . '();'); }",
    // A grammar in a nowdoc with `(?(DEFINE)…)` groups and the `x` flag, checked through a static wrapper on the
    // trimmed value; the path goes in through var_export, as a PHP literal.
    String.raw`<?php
function load(string $path): bool {
    $data = @file_get_contents($path);
    $pattern = <<<'REGEX'
{(?(DEFINE)
   (?<number> -? \s*+ \d++ )
   (?<string> ' (?:[^'\\]*+ | \\ ['\\] )* ' )
   (?<array>  array\( \s*+ (?: (?&string) \s*+ => \s*+ (?: (?&string) | (?&number) ) \s*+ , \s*+ )*+ \) )
)
^<\?php\s++return\s++(?&array)\s*+;$}ix
REGEX;
    if (is_string($data) && Preg::isMatch($pattern, trim($data))) {
        reload(eval('?>' . str_replace('__DIR__', var_export(dirname($path), true), $data)));
        return true;
    }
    return false;
}`,
  ],
  invalid: [
    // The same shape with a loose pattern, or a pattern variable assigned twice, checks nothing.
    {
      code: "<?php\n$p = <<<'R'\n{^<\\?php .* $}x\nR;\nif (Preg::isMatch($p, trim($d))) { eval('?>' . $d); }",
      errors: [{ line: 5 }],
    },
    {
      code: "<?php\n$p = '/^\\d+$/';\n$p = $_GET['p'];\nif (preg_match($p, $d)) { eval('return ' . $d . ';'); }",
      errors: [{ line: 4 }],
    },
    // var_export without `true` prints rather than returns; the path is code again.
    {
      code: "<?php\nif (preg_match('/^\\d+$/', $d)) { eval('return ' . $d . var_export($path) . ';'); }",
      errors: [{ line: 2 }],
    },
    // A pattern that is not anchored, admits any character, or works per line checks nothing.
    {
      code: "<?php\nif (preg_match('/[0-9]+/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (preg_match('/^.+$/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (preg_match('/^\\d+$/m', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (preg_match('/^\\d+|x$/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    // The check is of another variable, is negated the wrong way, or the variable changes after it.
    {
      code: "<?php\nif (preg_match('/^\\d+$/', $a)) { eval('return ' . $a . $b . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (!preg_match('/^\\d+$/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (!preg_match('/^\\d+$/', $n)) { throw new E(); }\n$n = $_GET['n'];\neval('return ' . $n . ';');",
      errors: [{ line: 4 }],
    },
    {
      code: "<?php\nif (!preg_match('/^\\d+$/', $n)) { log('bad'); }\neval('return ' . $n . ';');",
      errors: [{ line: 3 }],
    },
    { code: '<?php\n$v = eval($code);', errors: [{ line: 2, message: '`eval()` runs a string as PHP code.' }] },
    { code: '<?php\nfunction f() {\n    return EVAL("return 1;");\n}', errors: [{ line: 3 }] },
    { code: "<html>\n<?php eval('$x = ' . $_GET['v'] . ';'); ?>\n</html>", errors: [{ line: 2 }] },
  ],
});

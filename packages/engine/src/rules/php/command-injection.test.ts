import { testRule } from '../rule-tester.case.js';
import { rule } from './command-injection.js';

testRule(rule, {
  valid: [
    '<?php exec("ls -la");',
    '<?php exec("convert " . escapeshellarg($file) . " out.png", $out);',
    '<?php system("kill " . (int) $pid);',
    '<?php shell_exec("git -C " . escapeshellarg($dir) . " log " . self::FORMAT);',
    '<?php $out = `uptime`;',
    '<?php exec($command);',
    '<?php $db->exec("DELETE FROM t WHERE id = $id");',
    '<?php passthru(PHP_BINARY . " -v");',
  ],
  invalid: [
    {
      code: '<?php\nexec("convert " . $file . " out.png");',
      errors: [{ line: 2, message: '`exec()` runs a command built from an unescaped value.' }],
    },
    { code: '<?php\n$x = shell_exec("ls $dir");\nsystem("ping {$host->name}");', errors: [{ line: 2 }, { line: 3 }] },
    {
      code: '<?php\n$y = `cat $_GET[f]`;',
      errors: [{ line: 2, message: 'Backtick command interpolates an unescaped value.' }],
    },
    { code: '<?php\n\\passthru("tar xzf " . basename($path));', errors: [{ line: 2 }] },
    { code: '<?php\nfunction f($u) {\n    return popen("curl " . $u->url, "r");\n}', errors: [{ line: 3 }] },
  ],
});

import { testRule } from '../rule-tester.case.js';
import { rule } from './command-injection-hotspot.js';

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
    // Escaped through a variable; a literal list; a number; the output of a fixed command; the package's own path.
    '<?php function f($file) {\n    $arg = escapeshellarg($file);\n    system("cat " . $arg);\n}',
    `<?php
function edit($file) {
    $editor = getenv('EDITOR');
    if (false === $editor || '' === $editor) {
        foreach (['editor', 'vim', 'nano'] as $candidate) {
            if (exec('which '.$candidate)) {
                $editor = $candidate;
                break;
            }
        }
    } else {
        $editor = escapeshellarg($editor);
    }
    system($editor . ' ' . escapeshellarg($file) . (is_windows() ? '' : ' > \`tty\`'));
}`,
    '<?php function kill() {\n    $pid = getmypid();\n    exec("kill -0 $pid");\n}',
    `<?php
function ask() {
    $sttyMode = shell_exec('stty -g');
    shell_exec('stty -icanon -echo');
    read_answer();
    shell_exec('stty '.$sttyMode);
}`,
    `<?php
function run() {
    $sttyMode = shell_exec('stty -g');
    register(SIGINT, static fn () => shell_exec('stty '.$sttyMode));
}`,
    `<?php
function hidden() {
    $exe = __DIR__.'/../Resources/bin/hiddeninput.exe';
    if (str_starts_with(__FILE__, 'phar:')) {
        $tmpExe = sys_get_temp_dir().'/hiddeninput.exe';
        copy($exe, $tmpExe);
        $exe = $tmpExe;
    }
    return shell_exec('"'.$exe.'"');
}`,
    `<?php
$ts = rtrim(exec('git log -n1 --format=%ct HEAD'));
exec('php build.php --suffix ' . $ts, $output, $result);`,
    `<?php
$ts = $argv[1];
if (!is_numeric($ts)) {
    exit(1);
}
exec('touch -d @' . $ts . ' out');`,
  ],
  invalid: [
    // A parameter, even after a branch that escapes it on one path only.
    {
      code: '<?php\nfunction f($dir, $q) {\n    if ($q) { $dir = escapeshellarg($dir); }\n    exec("ls " . $dir);\n}',
      errors: [{ line: 4 }],
    },
    // Reassigned from input after it was escaped.
    {
      code: '<?php\nfunction f($in) {\n    $a = escapeshellarg($in);\n    $a = $_GET["x"];\n    exec("ls $a");\n}',
      errors: [{ line: 5 }],
    },
    // Input captured by a closure; a loop over input; the output of a command built from input.
    {
      code: '<?php\nfunction f($host) {\n    $cb = function () use ($host) { return shell_exec("ping " . $host); };\n}',
      errors: [{ line: 3 }],
    },
    {
      code: '<?php\nfunction f(array $names) {\n    foreach ($names as $n) {\n        system("id " . $n);\n    }\n}',
      errors: [{ line: 4 }],
    },
    {
      code: '<?php\nfunction f($q) {\n    $path = trim(shell_exec("which " . $q));\n    system("ls " . $path);\n}',
      errors: [{ line: 3 }, { line: 4 }],
    },
    // Checked non-empty is not checked safe.
    {
      code: "<?php\nfunction f($x) {\n    if ('' !== $x) { exec('rm ' . $x); }\n}",
      errors: [{ line: 3 }],
    },
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

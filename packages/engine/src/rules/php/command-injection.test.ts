import { testRule } from '../rule-tester.case.js';
import { rule } from './command-injection.js';

testRule(rule, {
  valid: [
    '<?php exec("ls -la");',
    '<?php exec("convert " . escapeshellarg($_FILES["img"]["tmp_name"]) . " out.png", $out);',
    '<?php system("kill " . (int) $_GET["pid"]);',
    // A parameter, a property or another command's output is not outside input by itself.
    '<?php function run($cmd) {\n    return trim(shell_exec("$cmd 2>&1") ?? "");\n}',
    '<?php function f($u) {\n    return popen("curl " . $u->url, "r");\n}',
    '<?php\n$branch = trim(shell_exec("git rev-parse --abbrev-ref HEAD"));\nshell_exec("git checkout $branch");',
    '<?php\nexec("convert " . $file . " out.png");',
    // Names that merely start like a request object's.
    '<?php\nfunction f($inputFile) {\n    exec("wc -l " . $inputFile . " " . $this->requestCount);\n}',
    // An argument checked against the program's own list.
    `<?php
$tags = explode("\\n", trim(shell_exec('git tag')));
$tag = $argv[1] ?? end($tags);
if ($tag !== 'all') {
    if (!in_array($tag, $tags, true)) {
        exit(1);
    }
    $tags = [$tag];
}
foreach ($tags as $tag) {
    shell_exec("git checkout tags/$tag -b build-$tag");
}`,
    // Input checked numeric; the environment escaped on the one path that uses it.
    `<?php
$ts = $argv[1];
if (!is_numeric($ts)) {
    exit(1);
}
exec('touch -d @' . $ts . ' out');`,
    `<?php
function edit($file) {
    $editor = getenv('EDITOR');
    if (false === $editor || '' === $editor) {
        $editor = 'vi';
    } else {
        $editor = escapeshellarg($editor);
    }
    system($editor . ' ' . escapeshellarg($file));
}`,
  ],
  invalid: [
    {
      code: '<?php\n$y = `cat $_GET[f]`;',
      errors: [{ line: 2, message: 'Backtick command interpolates an unescaped value.' }],
    },
    {
      code: "<?php\nexec('convert ' . $_FILES['img']['tmp_name'] . ' out.png');",
      errors: [{ line: 2, message: '`exec()` runs a command built from an unescaped value.' }],
    },
    // The whole command from a request; through assignments, a loop and a regex match.
    { code: "<?php\nsystem($_REQUEST['cmd']);", errors: [{ line: 2 }] },
    {
      code:
        '<?php\nfunction f() {\n    $host = $_POST["host"];\n    $args = "-c 1 " . $host;\n' +
        '    exec("ping $args");\n}',
      errors: [{ line: 5 }],
    },
    {
      code: '<?php\nforeach ($argv as $file) {\n    passthru("gzip " . $file);\n}',
      errors: [{ line: 3 }],
    },
    {
      code: '<?php\npreg_match("/(\\\\S+)/", $_SERVER["QUERY_STRING"], $m);\nexec("host " . $m[1]);',
      errors: [{ line: 3 }],
    },
    // The environment, standard input, a request object.
    { code: "<?php\nshell_exec('ls ' . getenv('TARGET_DIR'));", errors: [{ line: 2 }] },
    { code: '<?php\n$line = trim(fgets(STDIN));\nsystem("id $line");', errors: [{ line: 3 }] },
    {
      code:
        '<?php\nclass C {\n    function show($request) {\n' +
        "        return shell_exec('cat ' . $request->input('file'));\n    }\n}",
      errors: [{ line: 4 }],
    },
    { code: "<?php\nsystem('convert ' . request('file') . ' out.png');", errors: [{ line: 2 }] },
    // Checked non-empty is not checked safe.
    { code: "<?php\n$x = $_GET['x'];\nif ('' !== $x) { exec('rm ' . $x); }", errors: [{ line: 3 }] },
  ],
});

import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-catch.js';

testRule(rule, {
  valid: [
    '<?php try { f(); } catch (Exception $e) { log($e); }',
    '<?php try { f(); } catch (NotFound) {\n    // a missing file is fine here\n}',
    '<?php try { f(); } finally { }',
    '<?php try { f(); } catch (E $e) { return null; }',
    '<?php try { f(); } catch (SecurityException $ignored) {}',
    '<?php try { f(); } catch (E $unusedFallback) {}',
    // The try always returns: the code after it is the handler.
    `<?php
function has($id) {
    try {
        return null !== load($id);
    } catch (TransportException $e) {
    }

    return false;
}`,
    '<?php function find($n) {\n    try { return $this->app->find($n); } catch (NotFound) {}\n    return null;\n}',
    // Inside an `if`: the code after the `if` is the fallback.
    `<?php
function guess($out) {
    if ($out) {
        try {
            return normalize($out);
        } catch (\\Exception $e) {
        }
    }
    return null;
}`,
    // A retry loop: the next attempt handles it, and the last error is thrown after the loop.
    `<?php
function ask($q) {
    $error = null;
    while ($attempts--) {
        if (null !== $error) { report($error); }
        try {
            return $q->validate(read());
        } catch (\\Exception $error) {
        }
    }
    throw $error;
}`,
  ],
  invalid: [
    {
      code: '<?php\ntry {\n    f();\n} catch (Exception $e) {\n}',
      errors: [{ line: 4, message: 'Empty catch block swallows the exception.' }],
    },
    {
      code: `<?php
class A {
    function m() {
        try { x(); } catch (A | B $e) {} catch (\\Throwable $t) { throw $t; }
    }
}`,
      errors: [{ line: 4 }],
    },
    {
      code: '<?php\ntry { f(); }\ncatch (IOException $e) { }\ncatch (Exception $e) { }',
      errors: [{ line: 3 }, { line: 4 }],
    },
    // The try can complete normally: the exception is lost, whatever follows.
    { code: '<?php\ntry { save(); }\ncatch (E) {}\nreturn true;', errors: [{ line: 3 }] },
    // The try returns, but nothing follows it: the function returns null as if it had succeeded.
    { code: '<?php\nfunction f() {\n    try { return g(); } catch (E $e) {}\n}', errors: [{ line: 3 }] },
    // `$e` only read in another catch of the same try, which never runs after this one.
    {
      code: '<?php\ntry { f(); }\ncatch (Timeout $e) {}\ncatch (Throwable $t) { $e = wrap($t); log($e); }',
      errors: [{ line: 3 }],
    },
    // A later catch binds `$e` afresh: its reads are of another exception.
    {
      code: '<?php\ntry { f(); } catch (E $e) {}\ntry { g(); } catch (F $e) { log($e); }',
      errors: [{ line: 2 }],
    },
    // `$e` read before the catch, not after it.
    { code: '<?php\nfunction f($e) {\n    log($e);\n    try { g(); } catch (E $e) {}\n}', errors: [{ line: 4 }] },
  ],
});

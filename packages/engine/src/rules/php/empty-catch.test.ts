import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-catch.js';

testRule(rule, {
  valid: [
    '<?php try { f(); } catch (Exception $e) { log($e); }',
    '<?php try { f(); } catch (NotFound) {\n    // a missing file is fine here\n}',
    '<?php try { f(); } finally { }',
    '<?php try { f(); } catch (E $e) { return null; }',
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
  ],
});

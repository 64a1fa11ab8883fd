import { testRule } from '../rule-tester.case.js';
import { rule } from './undocumented-unsafe-block.js';

testRule(rule, {
  valid: [
    'fn f() {\n    // SAFETY: the pointer is valid for reads.\n    unsafe { read(p) }\n}',
    'fn f() {\n    // SAFETY: `i < len`, checked above,\n    // so the read stays in bounds.\n' +
      '    let b = unsafe { *p.add(i) };\n}',
    'fn f() {\n    let b = unsafe {\n        // SAFETY: see the invariant of `Buf`.\n        *p\n    };\n}',
    'fn f() {\n    let b = foo(\n        // Safety: p is non-null.\n        unsafe { *p },\n    );\n}',
    'unsafe fn raw(p: *const u8) -> u8 { 0 }',
    'unsafe impl Send for Handle {}',
  ],
  invalid: [
    {
      code: 'fn f() {\n    let b = unsafe { *p };\n}',
      errors: [{ line: 2, message: '`unsafe` block without a `// SAFETY:` comment.' }],
    },
    { code: 'fn f() {\n    // Read the byte.\n    unsafe { read(p) }\n}', errors: [{ line: 3 }] },
    { code: 'fn f() {\n    // SAFETY: fine.\n    a();\n    unsafe { b() }\n}', errors: [{ line: 4 }] },
    { code: 'fn f() {\n    unsafe { a() }\n    unsafe { b() }\n}', errors: [{ line: 2 }, { line: 3 }] },
    {
      code: 'fn f() {\n    unsafe { a() }\n    // SAFETY: b has no preconditions.\n    unsafe { b() }\n}',
      errors: [{ line: 2 }],
    },
  ],
});

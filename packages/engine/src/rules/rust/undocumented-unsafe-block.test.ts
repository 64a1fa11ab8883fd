import { testRule } from '../rule-tester.case.js';
import { rule } from './undocumented-unsafe-block.js';

testRule(rule, {
  valid: [
    // A reason in other words than Clippy's label (rayon).
    'fn current() -> usize {\n    // We assert that the registry has not terminated.\n' +
      '    unsafe { count(&REGISTRY) }\n}',
    'fn drop(&mut self) {\n    unsafe {\n        // only the first `len` elements were initialized\n' +
      '        drop_in_place(self.head(len));\n    }\n}',
    // A SAFETY comment above the assertion that checks it.
    "fn get() -> &'static R {\n    // SAFETY: written once, before any read.\n" +
      '    debug_assert!(SET.is_completed());\n' +
      '    let r = unsafe { &*ptr::addr_of!(R) };\n    r\n}',
    'fn f() {\n    // SAFETY: the pointer is valid for reads.\n    unsafe { read(p) }\n}',
    'fn f() {\n    // SAFETY: `i < len`, checked above,\n    // so the read stays in bounds.\n' +
      '    let b = unsafe { *p.add(i) };\n}',
    'fn f() {\n    let b = unsafe {\n        // SAFETY: see the invariant of `Buf`.\n        *p\n    };\n}',
    'fn f() {\n    let b = foo(\n        // Safety: p is non-null.\n        unsafe { *p },\n    );\n}',
    'unsafe fn raw(p: *const u8) -> u8 { 0 }',
    'unsafe impl Send for Handle {}',
    '// Safety: requires layout of *e to match ErrorImpl<E>.\n' +
      'unsafe fn drop_it(e: Own) {\n    let b = unsafe { e.boxed() };\n}',
    '/// Reads a byte.\n///\n/// # Safety\n///\n/// `p` must be valid for reads.\n#[inline]\n' +
      'pub unsafe fn read_byte(p: *const u8) -> u8 {\n    if true { unsafe { *p } } else { 0 }\n}',
    // Not exported: no `# Safety` section is asked for; the caller's obligation covers the block.
    '#[cfg(feature = "std")]\npub(crate) unsafe fn error_mut(this: Mut<Self>) -> &mut E {\n' +
      '    unsafe { this.deref_mut() }\n}',
    'fn f() {\n    // SAFETY: the bound was checked above.\n    let n = match k {\n' +
      '        _ => unsafe { g() },\n    };\n}',
  ],
  invalid: [
    // A comment that says what the block does, not why it is sound.
    {
      code: 'fn f() {\n    // Copy the left half, then the right.\n    unsafe { copy(a, b, n) }\n}',
      errors: [{ line: 3 }],
    },
    // The SAFETY comment belongs to the first block.
    {
      code: 'fn f() {\n    // SAFETY: p is valid.\n    let a = unsafe { read(p) };\n    let b = unsafe { read(q) };\n}',
      errors: [{ line: 4 }],
    },
    // An exported unsafe fn without a documented contract: nothing records what the block relies on.
    { code: 'pub unsafe fn raw(p: *const u8) -> u8 {\n    unsafe { *p }\n}', errors: [{ line: 2 }] },
    // A doc comment without a Safety section documents behaviour, not the contract.
    { code: '/// Reads a byte.\npub unsafe fn raw(p: *const u8) -> u8 {\n    unsafe { *p }\n}', errors: [{ line: 3 }] },
    // The closure may run after the caller's guarantees have lapsed.
    {
      code:
        '// SAFETY: p is valid.\npub unsafe fn raw(p: *const u8) -> impl Fn() -> u8 {\n' +
        '    move || unsafe { *p }\n}',
      errors: [{ line: 3 }],
    },
    // A safe fn with a Safety doc section: callers promised nothing.
    { code: '/// # Safety\n/// None.\nfn safe(p: *const u8) -> u8 {\n    unsafe { *p }\n}', errors: [{ line: 4 }] },
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

import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

describe('C and C++ suppressions: clang-tidy NOLINT, NOLINTNEXTLINE, NOLINTBEGIN/END', () => {
  testSuppressions('c', [
    {
      name: 'a bare NOLINT drops every finding on its line only',
      code: `#include <stdio.h>
void f(char *buf) {
  gets(buf); // NOLINT
  gets(buf);
}
`,
      suppressed: ['c/gets-call:3'],
      kept: ['c/gets-call:4'],
    },
    {
      name: 'NOLINT(check) drops the rule mirroring that check, and globs match',
      code: `#include <stdio.h>
void f(char *buf) {
  gets(buf); // NOLINT(bugprone-unsafe-functions)
  gets(buf); // NOLINT(bugprone-*)
  gets(buf); // NOLINT(readability-*)
}
`,
      suppressed: ['c/gets-call:3', 'c/gets-call:4'],
      kept: ['c/gets-call:5'],
    },
    {
      name: 'NOLINTNEXTLINE covers the line after it',
      code: `#include <stdio.h>
void f(char *buf) {
  // NOLINTNEXTLINE(cert-msc24-c)
  gets(buf);
  gets(buf);
}
`,
      suppressed: ['c/gets-call:4'],
      kept: ['c/gets-call:5'],
    },
    {
      name: 'NOLINTBEGIN … NOLINTEND covers the lines between',
      code: `#include <stdio.h>
void f(char *buf) {
  /* NOLINTBEGIN(bugprone-unsafe-functions) */
  gets(buf);
  gets(buf);
  /* NOLINTEND(bugprone-unsafe-functions) */
  gets(buf);
}
`,
      suppressed: ['c/gets-call:4', 'c/gets-call:5'],
      kept: ['c/gets-call:7'],
    },
    {
      name: 'NOLINT must be a word of its own',
      code: `#include <stdio.h>
void f(char *buf) {
  gets(buf); // NOLINTED upstream
}
`,
      suppressed: [],
      kept: ['c/gets-call:3'],
    },
    {
      name: 'NOLINT in a string literal is not a comment',
      code: `#include <stdio.h>
void f(char *buf) {
  gets(buf); puts("NOLINT");
}
`,
      suppressed: [],
      kept: ['c/gets-call:3'],
    },
  ]);
  testSuppressions('cpp', [
    {
      name: 'NOLINT(check) on a C++ rule of its own',
      code: `void f() {
  try { g(); } catch (std::exception e) { log(e); } // NOLINT(misc-throw-by-value-catch-by-reference)
  try { g(); } catch (std::exception e) { log(e); }
}
`,
      suppressed: ['cpp/catch-by-value:2'],
      kept: ['cpp/catch-by-value:3'],
    },
  ]);
});

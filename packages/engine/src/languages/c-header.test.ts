import { describe, expect, it } from 'vitest';
import { isCppHeaderText } from './c-header.js';

describe('isCppHeaderText', () => {
  it.each([
    ['a namespace', '#pragma once\nnamespace spdlog {\nclass logger;\n}'],
    ['a class with access specifiers', 'class Buffer {\npublic:\n  int size;\n};'],
    ['a template', 'template <typename T>\nT max(T a, T b);'],
    ['a C++ standard header', '#include <string>\nint f();'],
    ['std:: names', 'inline int n(const std::vector<int>& v);'],
    ['a C++ version test', '#if __cplusplus >= 201703L\n#endif'],
  ])('reads %s as C++', (_label, text) => {
    expect(isCppHeaderText(text)).toBe(true);
  });

  it.each([
    [
      'a plain C header',
      '#ifndef ZLIB_H\n#define ZLIB_H\ntypedef struct z_stream_s z_stream;\nint deflate(z_stream *s);\n#endif',
    ],
    [
      'extern "C" for C++ callers',
      '#ifdef __cplusplus\nextern "C" {\n#endif\nint f(void);\n#ifdef __cplusplus\n}\n#endif',
    ],
    [
      'the words in comments and identifiers',
      '/* The class of errors; try again later. */\nint trying;\nstruct classes;',
    ],
    ['a C label that starts with "try"', 'int f(void) {\ntryagain:\n  return 0;\n}'],
  ])('reads %s as C', (_label, text) => {
    expect(isCppHeaderText(text)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isTestFile } from './files.js';

describe('isTestFile', () => {
  it.each(['src/test/java/a/BTest.java', 'test/util.cc', 'pkg/x_test.go', 'test/fuzzing/one-arg.cc', 'src/FooIT.java', 'tests/a.c', 'src/a.test.cpp', 'src/TestParser.java'])('%s is a test file', (file) => {
    expect(isTestFile(file)).toBe(true);
  });
  it.each(['src/main/java/a/Contest.java', 'src/latest/a.c', 'include/fmt/format.h', 'src/attest.go', 'lib/protest.cc'])('%s is not', (file) => {
    expect(isTestFile(file)).toBe(false);
  });
});

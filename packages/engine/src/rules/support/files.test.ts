import { describe, expect, it } from 'vitest';
import { isExampleFile, isRubyTestFile, isTestFile } from './files.js';

describe('isTestFile', () => {
  it.each([
    'src/test/java/a/BTest.java',
    'test/util.cc',
    'pkg/x_test.go',
    'test/fuzzing/one-arg.cc',
    'src/FooIT.java',
    'tests/a.c',
    'src/a.test.cpp',
    'src/TestParser.java',
    'testsuite-http2/src/main/java/A.java',
    'microbench/src/main/java/B.java',
  ])('%s is a test file', (file) => {
    expect(isTestFile(file)).toBe(true);
  });
  it.each([
    'src/main/java/a/Contest.java',
    'src/latest/a.c',
    'include/fmt/format.h',
    'src/attest.go',
    'lib/protest.cc',
  ])('%s is not', (file) => {
    expect(isTestFile(file)).toBe(false);
  });
});

describe('isExampleFile', () => {
  it.each(['example/src/main/java/io/netty/example/A.java', 'examples/echo.c', 'samples/app/Main.java', 'demo/x.go'])(
    '%s is an example',
    (file) => {
      expect(isExampleFile(file)).toBe(true);
    },
  );
  it.each(['src/main/java/a/Example.java', 'lib/counterexamples.rb', 'src/resample/a.c'])('%s is not', (file) => {
    expect(isExampleFile(file)).toBe(false);
  });
});

describe('isRubyTestFile', () => {
  it.each(['spec/models/user_spec.rb', 'test/unit/a.rb', 'lib/a_test.rb', 'app/tests/b.rb'])(
    '%s is a test file',
    (file) => {
      expect(isRubyTestFile(file)).toBe(true);
    },
  );
  it.each(['lib/contest.rb', 'app/models/spec_helper_ext.rb', 'lib/latest/a.rb'])('%s is not', (file) => {
    expect(isRubyTestFile(file)).toBe(false);
  });
});

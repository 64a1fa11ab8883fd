/** Test, fuzzing and benchmark folders. */
const TEST_FOLDER = /(?:^|[\\/])(?:tests?|testing|spec|fuzz(?:ing)?|fuzzers?|benchmarks?)[\\/]/i;
/** Test file names: `FooTest.java`, `FooIT.java`, `TestFoo.java`, `foo_test.go`, `foo_unittest.cc`, `foo.test.c`. */
const TEST_NAME = /(?:[a-z0-9](?:Tests?|IT)|_tests?|_unittest|-test|\.test|_fuzzer)\.\w+$|(?:^|[\\/])Test[A-Z]\w*\.java$/;

/** Test, fuzzing and benchmark sources: expected exceptions and console output are normal there. */
export function isTestFile(filename: string): boolean {
  return TEST_FOLDER.test(filename) || TEST_NAME.test(filename);
}

/** Ruby tests and specs (`spec/`, `test/`, `_spec.rb`, `_test.rb`), which build commands and payloads on purpose. */
const RUBY_TEST_FILE = /(?:^|\/)(?:test|tests|spec)\/|_(?:test|spec)\.rb$/;

/** Ruby test and spec files: the security rules skip them, as Brakeman reads only shipped code. */
export function isRubyTestFile(filename: string): boolean {
  return RUBY_TEST_FILE.test(filename);
}

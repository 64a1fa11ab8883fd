/** Test, fuzzing and benchmark folders, and modules named for them (netty's `testsuite-http2/`, `microbench/`). */
const TEST_FOLDER_NAME =
  /tests?|testing|testsuite(?:-[\w-]+)?|spec|fuzz(?:ing)?|fuzzers?|benchmarks?|microbench(?:marks?)?/;
const TEST_FOLDER = new RegExp(String.raw`(?:^|[\\/])(?:${TEST_FOLDER_NAME.source})[\\/]`, 'i');
/** Test file names: `FooTest.java`, `FooIT.java`, `TestFoo.java`, `foo_test.go`, `foo_unittest.cc`, `foo.test.c`. */
const TEST_NAME =
  /(?:[a-z0-9](?:Tests?|IT)|_tests?|_unittest|-test|\.test|_fuzzer)\.\w+$|(?:^|[\\/])Test[A-Z]\w*\.java$/;

/** Test, fuzzing and benchmark sources: expected exceptions and console output are normal there. */
export function isTestFile(filename: string): boolean {
  return TEST_FOLDER.test(filename) || TEST_NAME.test(filename);
}

/** Example and demo programs, which talk to their user on the console by design. */
const EXAMPLE_FOLDER = /(?:^|[\\/])(?:examples?|samples?|demos?)[\\/]/i;

/** Example, sample and demo sources: printing there is the point, not a leftover. */
export function isExampleFile(filename: string): boolean {
  return EXAMPLE_FOLDER.test(filename);
}

/** Ruby tests and specs (`spec/`, `test/`, `_spec.rb`, `_test.rb`), which build commands and payloads on purpose. */
const RUBY_TEST_FILE = /(?:^|\/)(?:test|tests|spec)\/|_(?:test|spec)\.rb$/;

/** Ruby test and spec files: the security rules skip them, as Brakeman reads only shipped code. */
export function isRubyTestFile(filename: string): boolean {
  return RUBY_TEST_FILE.test(filename);
}

/**
 * Directories whose contents are test code wherever they sit: tests, test data, fixtures, benchmarks, fuzz targets,
 * examples (Perl's `t/`, Maven's `src/test/`, Rust's `tests/` and `benches/` crates, cargo-fuzz's `fuzz/`, Go's
 * `testdata/`,
 * Jest's `__tests__/` and `__mocks__/`).
 */
const TEST_DIRECTORIES = new Set([
  't', // Perl's and TAP's (`prove`), also git's and memcached's
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  '__mocks__',
  'e2e',
  'testdata',
  'test-data',
  'test_data',
  'fixture',
  'fixtures',
  '__fixtures__',
  'testfixtures',
  'bench',
  'benches',
  'benchmark',
  'benchmarks',
  'microbench',
  'microbenchmarks',
  'testing',
  'testsuite',
  'test_suite',
  'test-suite',
  'fuzz',
  'fuzzing',
  'fuzzers',
  'examples',
  'samples',
  'demos',
  'androidtest',
  'integrationtest',
  'sbt-test', // sbt's scripted tests: each folder under `src/sbt-test/` is a build run as a test
]);

/**
 * A folder named as a project's demo, example or benchmark package (`rayon-demo`, `foo-examples`, `bar-benches`): by
 * the same conventions, a crate or module of its own that shows or measures the project.
 */
const TEST_PACKAGE_DIRECTORY = /^[\w.]+-(?:demos?|examples?|bench(?:es)?|benchmarks?)$/;

/**
 * A folder whose name starts with a test word joined by `-` or `_` holds tests or their data as the bare word does
 * (`test_files/`, `test-CA/`, `testing-utils/`), and so does one that ends in a plural (`integration-tests/`); a
 * package named `<name>-test` is a library of test helpers, main code of its own (`tokio-test`).
 */
const TEST_COMPOUND_DIRECTORY =
  /^(?:(?:tests?|testing|fixtures?|testdata)[-_][a-z0-9._-]+|[a-z0-9._-]+[-_](?:tests|fixtures|testdata))$/;

/** Maven's integration tests: the core's `its/` projects, and the Invoker and Failsafe plugins' `src/it/`. */
const isMavenIntegrationTest = (parts: readonly string[]) =>
  parts.some((directory, index) => directory === 'its' || (directory === 'it' && parts[index - 1] === 'src'));

/**
 * A folder named after a package with `test` appended holds that package's test helpers and fixtures, as Go's
 * `httptest` and `iotest` do (`caddytest/`, `footest/`). The English words that end so are not such names, nor are
 * test frameworks' own packages (`gtest/`, `pytest/`, `doctest/`), which are the main code of their projects.
 */
const TEST_HELPER_PACKAGE = /^[a-z][a-z0-9]*test$/;
const NOT_TEST_HELPERS =
  /^(?:la|fas|grea|shor|smar|sof|ligh|righ|tigh|stric|hot|fat|wet|con|pro|at|de|g|google|py|vi|doc|next|c|j|uni)test$/;

/**
 * A leading `_` hides a folder from the Go tool and from Jekyll-style generators; what follows still says what it holds
 * (echo's `_fixture/`, chi's `_examples/`).
 */
const HIDING_PREFIX = /^_+(?=[a-z])/;

/** File names that say test code whatever their directory, each language by its own test runner's convention. */
const TEST_FILE_NAMES: readonly RegExp[] = [
  /_test\.go$/, // go test
  /^(test_.+|.+_test|conftest)\.py$/, // pytest
  /^(test_.+|.+_test|.+_spec)\.rb$/, // minitest, RSpec
  /(^test_.+|_(unit)?tests?)\.(c|cc|cpp|cxx)$/, // googletest, Check, Unity
  /\.(test|spec|bench)\.[cm]?[jt]sx?$/, // Jest, Vitest, Mocha
  /^[A-Z]\w*(Test|Tests|TestCase|IT|Benchmark)\.(java|kt|scala|groovy|php)$/, // JUnit, JMH, PHPUnit
  /^[A-Z]\w*(Spec|Suite)\.(scala|groovy|kt)$/, // ScalaTest, Spock, Kotest (a Java `KeySpec` is main code)
  /^Test[A-Z]\w*\.(java|kt|scala)$/,
  /(\.bats|_(unit)?tests?\.sh)$/, // Bats, shunit2, googletest's shell drivers
  /_fuzzer\.(c|cc|cpp|cxx)$/, // OSS-Fuzz
  /^tests?\.rs$/, // the file of a `#[cfg(test)] mod tests;`
];

/** JVM sources sit in directories named after their package, where `spec` is a package name (`javax.crypto.spec`). */
const JVM_SOURCE = /\.(java|kt|kts|scala|groovy)$/;
const NOT_TEST_DIRECTORIES_ON_THE_JVM = new Set(['spec', 'specs']);
/** `example/` holds examples everywhere but on the JVM, where it is the package of most samples (`com/example/`). */
const TEST_DIRECTORIES_OFF_THE_JVM = new Set(['example']);

/** Whether a path (POSIX, relative to the analyzed root) is test code by the conventions of its language. */
export function isTestByConvention(filename: string): boolean {
  const parts = filename.split('/');
  const name = parts.pop() ?? '';
  const jvm = JVM_SOURCE.test(name);
  const isTestName = (directory: string) =>
    jvm
      ? TEST_DIRECTORIES.has(directory) && !NOT_TEST_DIRECTORIES_ON_THE_JVM.has(directory)
      : TEST_DIRECTORIES.has(directory) || TEST_DIRECTORIES_OFF_THE_JVM.has(directory);
  const isTestDirectory = (directory: string) =>
    isTestName(directory) ||
    (HIDING_PREFIX.test(directory) && isTestName(directory.replace(HIDING_PREFIX, ''))) ||
    TEST_PACKAGE_DIRECTORY.test(directory) ||
    TEST_COMPOUND_DIRECTORY.test(directory) ||
    (TEST_HELPER_PACKAGE.test(directory) && !NOT_TEST_HELPERS.test(directory));
  if (parts.some((directory) => isTestDirectory(directory.toLowerCase()))) return true;
  if (isMavenIntegrationTest(parts)) return true;
  return TEST_FILE_NAMES.some((pattern) => pattern.test(name));
}

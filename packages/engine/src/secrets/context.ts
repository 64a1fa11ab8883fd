import path from 'node:path';

const FIXTURE_FOLDERS = new Set([
  '__fixtures__',
  'fixture',
  'fixtures',
  'testdata',
  'test-data',
  'test_data',
  'test-fixtures',
  'test_fixtures',
  '__snapshots__',
  '__mocks__',
  'mocks',
]);
const TEST_FOLDERS = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'e2e',
  'examples',
  'example',
  'samples',
  'docs',
  'doc',
]);
const TEST_FILE = new RegExp(
  String.raw`\.(?:test|spec)\.[^.]+$|_test\.(?:go|py|rb|exs?)$|^test_[^/]*\.py$|_spec\.rb$|` +
    String.raw`Tests?\.(?:java|kt|scala|cs)$|Spec\.scala$`,
);
const DOC_FILE = /\.(?:md|markdown|mdx|rst|adoc|txt)$/i;
const LITERAL_CONFIG =
  /\.(?:ya?ml|env|ini|cfg|conf|properties|toml|sh|bash|zsh|zsh-theme|ksh|npmrc|pypirc|tfvars|hcl|tf)$/i;
const ALLOW_MARKER = /plumb:allow-secret|gitleaks:allow|pragma: allowlist secret|nosecret/;

const segmentsOf = (filename: string) => filename.split(/[\\/]/);

/** The source sets whose `resources` folder holds test data in Maven and Gradle layouts: `src/test/resources`. */
const TEST_SOURCE_SETS = new Set(['test', 'testfixtures', 'integrationtest', 'it']);

/**
 * Test data folders (`__fixtures__`, `testdata`, `src/test/resources`, …):
 * their keys and tokens are made up for the tests, so they are not scanned.
 */
export function isFixturePath(filename: string): boolean {
  const folders = segmentsOf(filename)
    .slice(0, -1)
    .map((segment) => segment.toLowerCase());
  return folders.some(
    (segment, index) =>
      FIXTURE_FOLDERS.has(segment) ||
      (segment === 'resources' && index > 0 && TEST_SOURCE_SETS.has(folders[index - 1] ?? '')),
  );
}

/** Words of a file name that say its content is made up: `gcs-fake-service-account.json`, `dummy_key.pem`. */
const FAKE_DATA_WORDS = new Set(['fake', 'dummy']);

/**
 * A file whose name says its data is fake, `fake` or `dummy` as a word of it (between separators or camelCase
 * humps: `FakeCredentials.json` too): test data, whose keys and tokens are made up, so it is not scanned.
 */
export function isFakeDataFile(filename: string): boolean {
  const words = (segmentsOf(filename).at(-1) ?? '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((word) => FAKE_DATA_WORDS.has(word));
}

/**
 * Key files named for a test or a benchmark: `test_unencrypted.pem`, `testkey.pem`, `test.example.org-key.pem`,
 * `server_test.key`, nats-server's `benchmark-server-key-ed25519.pem`.
 */
const TEST_KEY_FILE = /^(?:test|bench(?:mark)?)[^/]*\.(?:pem|key)$|[._-]test\.(?:pem|key)$/i;
/** Folders named for tests: httpcomponents' `test-CA/`, flysystem's `test_files/`, `integration-tests/`. */
const TEST_KEY_FOLDER = /^tests?[-_]|[-_]tests?$/;
/** Benchmark modules and source sets: netty's `microbench/`, JMH's `src/jmh/`, `foo-benchmarks/`. */
const BENCHMARK_FOLDER = /^(?:micro)?bench(?:marks?)?$|^jmh$|[-_](?:micro)?bench(?:marks?)?$/;

/**
 * Key files made for tests: named `test_*`, in a folder named for tests (`test-CA/`), or in a benchmark module's
 * `resources` (a TLS benchmark's handshake key).
 */
export function isTestKeyFile(filename: string): boolean {
  const segments = segmentsOf(filename).map((segment) => segment.toLowerCase());
  const resources = segments.lastIndexOf('resources');
  return (
    TEST_KEY_FILE.test(segments.at(-1) ?? '') ||
    segments.slice(0, -1).some((segment) => TEST_KEY_FOLDER.test(segment)) ||
    (resources > 0 && segments.slice(0, resources).some((segment) => BENCHMARK_FOLDER.test(segment)))
  );
}

/** Folders of demonstrations and examples: `demo/`, `demo-setups/`, `examples/`, `sample-app/`. */
const EXAMPLE_FOLDER = /^(?:demos?|examples?|samples?)(?:[-_][\w-]+)?$|^[\w-]+[-_](?:demos?|examples?)$/i;

/**
 * Where a private key illustrates usage: documentation (php-jwt's README signs a token with one) and demonstration or
 * example folders (docker-mailserver's `demo-setups/` with its self-signed CA). A key pasted into either is there to
 * be copied, not a leak.
 */
export function isExampleKeyPlace(filename: string): boolean {
  const segments = segmentsOf(filename);
  return DOC_FILE.test(segments.at(-1) ?? '') || segments.slice(0, -1).some((segment) => EXAMPLE_FOLDER.test(segment));
}

/** Test files, examples and documentation: only the exact-format detectors scan them. */
export function isTestOrDocPath(filename: string): boolean {
  const base = path.posix.basename(filename.replace(/\\/g, '/'));
  return (
    TEST_FILE.test(base) ||
    DOC_FILE.test(base) ||
    segmentsOf(filename)
      .slice(0, -1)
      .some((segment) => TEST_FOLDERS.has(segment.toLowerCase()))
  );
}

/** Whether unquoted values are literals in this file (.env, YAML, INI, properties, shell, Dockerfile). */
export function unquotedValuesAreLiteral(filename: string): boolean {
  const base = path.posix.basename(filename.replace(/\\/g, '/'));
  return LITERAL_CONFIG.test(base) || /^\.env(?:\.|$)|^Dockerfile|^\.npmrc$|^\.pypirc$|^Containerfile/i.test(base);
}

/** Whether a line carries an inline marker that accepts the secret on it (`# plumb:allow-secret`, `gitleaks:allow`). */
export function hasAllowMarker(line: string): boolean {
  return ALLOW_MARKER.test(line);
}

/** A comment line in any of the scanned languages, but not C's `#define` and other preprocessor lines. */
const PREPROCESSOR = 'define|include|if|ifdef|ifndef|elif|else|endif|undef|pragma|error|warning|line';
const COMMENT_LINE = new RegExp(String.raw`^\s*(?:#(?!\s*(?:${PREPROCESSOR})\b)|//|/\*|\*|--|;|<!--|rem\s)`, 'i');
/** A line that prints text for a reader: help and usage output (`echo '  CLIENT_SECRET="…"'`). */
const OUTPUT_LINE = new RegExp(
  String.raw`^\s*(?:(?:echo|printf|print|println|puts|say)[\s(]|cat\s*<<|(?:console\.(?:log|info|warn|error)|` +
    String.raw`System\.(?:out|err)\.print\w*|fmt\.(?:F|S)?print\w*|log(?:ger)?\.\w+)\s*\()`,
  'i',
);

/**
 * Comment lines (a usage example: `# export API_TOKEN=…`) and lines that print help text ("it should look like
 * this: …"): documentation inside a file, which the heuristic detectors leave alone as they do documentation files.
 */
export function isDocumentationLine(line: string): boolean {
  return COMMENT_LINE.test(line) || (OUTPUT_LINE.test(line) && !writesToFile(line));
}

/** `echo "DB_PASSWORD=…" >> .env` writes the value into a file: no help text. */
function writesToFile(line: string): boolean {
  const unquoted = line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
  return />|\|\s*tee\b/.test(unquoted);
}

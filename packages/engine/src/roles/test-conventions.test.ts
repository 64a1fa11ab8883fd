import { describe, expect, it } from 'vitest';
import { isTestByConvention } from './test-conventions.js';

describe('isTestByConvention', () => {
  it.each([
    'test/app.router.js',
    'lib/__tests__/parse.ts',
    'spec/models/user_spec.rb',
    'src/test/java/org/acme/ParserTest.java',
    'core/src/androidTest/kotlin/Screen.kt',
    'pkg/server/handler_test.go',
    'pkg/server/testdata/input.go',
    'tests/test_views.py',
    'app/conftest.py',
    'app/views_test.py',
    'test_utils.py',
    'src/parse.test.ts',
    'src/Button.spec.jsx',
    'src/sort.bench.mjs',
    'benches/throughput.rs',
    'crates/core/tests/integration.rs',
    'src/unix/tests.rs',
    'benchmark/run.js',
    'fuzz/fuzz_targets/parse.rs',
    'tests/fuzz/json_fuzzer.cc',
    'src/json_fuzzer.cc',
    'internal/testing/server.go',
    'samples/basic/main.go',
    'example/server.go',
    'examples/hello-world/index.js',
    'lib/fixtures/sample.rb',
    'src/ParserTest.php',
    'core/src/main/scala/FooSpec.scala',
    'src/strbuf_unittest.cc',
    'tests/run.bats',
    'scripts/install_test.sh',
    'src/demangle_unittest.sh',
    '_fixture/certs/key.pem',
    't/server_key.pem',
    'test_suite/no_std/src/main.rs',
    'test/fixture/app.js',
    '_examples/rest/main.go',
    'rayon-demo/src/matmul/mod.rs',
    'tokio-examples/src/echo.rs',
    'my.lib-benches/src/sort.rs',
  ])('takes %s for test code', (filename) => {
    expect(isTestByConvention(filename)).toBe(true);
  });

  it.each([
    'lib/router.js',
    'src/main/java/com/example/Greeter.java',
    'src/main/kotlin/com/example/App.kt',
    'src/main/java/javax/crypto/spec/KeySpec.java',
    'src/contest.py',
    'src/testing.go',
    'src/latest/index.ts',
    'pkg/attest/verify.go',
    'src/Testimonial.java',
    'src/protest.rb',
    'docs/spec.md.js',
    'lib/test-utils-helpers.ts',
    '_build/lib.go',
    '_internal/x.go',
    'demo-server/main.go',
    'tokio-test/src/io.rs',
  ])('takes %s for main code', (filename) => {
    expect(isTestByConvention(filename)).toBe(false);
  });
});

import { BASE64, fakeSecret, testSecrets } from '../secret-tester.case.js';

const body = (lines: number, seed = 1) =>
  Array.from({ length: lines }, (_, index) => fakeSecret('', 64, BASE64, seed + index));
const pem = (label: string, lines = 12, seed = 1) =>
  [`-----BEGIN ${label}-----`, ...body(lines, seed), `-----END ${label}-----`].join('\n');

testSecrets('private keys', {
  valid: [
    {
      text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
      filename: 'README.txt',
    },
    { text: '-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----', filename: 'config/key.pem' },
    { text: "const header = '-----BEGIN RSA PRIVATE KEY-----';\nif (text.startsWith(header)) parse(text);" },
    {
      text: `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n-----END PRIVATE KEY-----`,
      filename: 'key.pem',
    },
    { text: pem('PUBLIC KEY'), filename: 'public.pem' },
    { text: pem('CERTIFICATE'), filename: 'cert.pem' },
    // A key file named as a dummy is made up for a test.
    { text: pem('RSA PRIVATE KEY', 25, 40), filename: 'certs/dummy_key.pem' },
    { text: pem('RSA PRIVATE KEY'), filename: 'src/tls/testdata/server.key' },
    // netty and jsoup keep TLS test keys in Maven's test-data folder.
    {
      text: pem('DSA PRIVATE KEY', 10, 12),
      filename: 'handler/src/test/resources/io/netty/handler/ssl/dsa_pkcs1_des3_encrypted.key',
    },
    { text: pem('PRIVATE KEY', 16, 13), filename: 'src/test/resources/local-cert/server.key' },
    // netty's TLS benchmark: a key named for a test, in the benchmark module's resources.
    {
      text: pem('PRIVATE KEY', 16, 15),
      filename: 'microbench/src/main/resources/io/netty/microbench/handler/ssl/test_unencrypted.pem',
    },
    { text: pem('RSA PRIVATE KEY', 12, 16), filename: 'certs/test-server.key' },
    // goreleaser's client-certificate test key, loaded by http_test.go beside it.
    { text: pem('RSA PRIVATE KEY', 12, 22), filename: 'internal/http/testkey.pem' },
    // nats-server's TLS benchmark key, and keys in folders named for tests (httpcomponents' test CA).
    { text: pem('EC PRIVATE KEY', 3, 23), filename: 'server/configs/certs/tls/benchmark-server-key-ed25519.pem' },
    { text: pem('RSA PRIVATE KEY', 12, 24), filename: 'test-CA/ca-key.pem' },
    // nghttp2's key for its test CA's `not-used.nghttp2.org`.
    { text: pem('RSA PRIVATE KEY', 12, 18), filename: 'src/test.nghttp2.org-key.pem' },
    // Keys that illustrate usage: a README's signing example, a demonstration's self-signed CA.
    {
      text: `Sign a token:\n\n\`\`\`php\n$privateKey = <<<EOD\n${pem('RSA PRIVATE KEY', 12, 19)}\nEOD;`,
      filename: 'README.md',
    },
    { text: pem('EC PRIVATE KEY', 3, 20), filename: 'demo-setups/relay-compose.yaml' },
    { text: pem('PRIVATE KEY', 16, 21), filename: 'examples/tls/server.key' },
    { text: pem('EC PRIVATE KEY', 3, 17), filename: 'src/jmh/resources/server.key' },
    {
      text: 'PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg...\\n-----END PRIVATE KEY-----"',
      filename: '.env',
    },
  ],
  invalid: [
    { text: pem('RSA PRIVATE KEY', 25), filename: 'deploy/id_rsa', found: ['1 private-key'] },
    {
      text: `# deploy key\n${pem('OPENSSH PRIVATE KEY', 7)}`,
      filename: 'ansible/files/deploy_key',
      found: ['2 private-key'],
    },
    { text: pem('EC PRIVATE KEY', 3, 9), filename: 'certs/ec.pem', found: ['1 private-key'] },
    { text: pem('DSA PRIVATE KEY', 10, 3), filename: 'dsa.pem', found: ['1 private-key'] },
    { text: pem('RSA PRIVATE KEY', 25, 40), filename: 'certs/dummyproof.pem', found: ['1 private-key'] },
    { text: pem('ENCRYPTED PRIVATE KEY', 20, 4), filename: 'enc.pem', found: ['1 private-key'] },
    {
      text: [
        '-----BEGIN PGP PRIVATE KEY BLOCK-----',
        'Version: GnuPG v2',
        '',
        ...body(20, 5),
        '=a1b2',
        '-----END PGP PRIVATE KEY BLOCK-----',
      ].join('\n'),
      filename: 'signing.asc',
      found: ['1 private-key'],
    },
    {
      text: [
        '-----BEGIN RSA PRIVATE KEY-----',
        'Proc-Type: 4,ENCRYPTED',
        'DEK-Info: AES-128-CBC,3F17F5316E2BAC89',
        '',
        ...body(15, 6),
        '-----END RSA PRIVATE KEY-----',
      ].join('\n'),
      filename: 'legacy.pem',
      found: ['1 private-key'],
    },
    {
      text: `PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n${body(10, 7).join('\\n')}\\n-----END PRIVATE KEY-----\\n"`,
      filename: '.env',
      found: ['1 private-key'],
    },
    {
      text: `const key = [\n  '-----BEGIN PRIVATE KEY-----',\n${body(6, 8)
        .map((line) => `  '${line}',`)
        .join('\n')}\n  '-----END PRIVATE KEY-----',\n].join('\\n');`,
      found: ['2 private-key'],
    },
    {
      text: `tls:\n  key: |\n    ${pem('RSA PRIVATE KEY', 8, 10).split('\n').join('\n    ')}`,
      filename: 'values.yaml',
      found: ['3 private-key'],
    },
    { text: pem('RSA PRIVATE KEY', 12, 11), filename: 'test/server.key', found: ['1 private-key'] },
    { text: pem('RSA PRIVATE KEY', 12, 14), filename: 'src/main/resources/server.key', found: ['1 private-key'] },
    // `test` elsewhere in the name, or a benchmark folder without resources, says nothing about the key.
    { text: pem('RSA PRIVATE KEY', 12, 18), filename: 'deploy/prod_test_server.key', found: ['1 private-key'] },
    { text: pem('RSA PRIVATE KEY', 12, 19), filename: 'benchmarks/deploy/server.key', found: ['1 private-key'] },
  ],
});

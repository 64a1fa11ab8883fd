import { isExampleKeyPlace, isTestKeyFile } from '../context.js';
import { distinctCharacters } from '../placeholders.js';
import { ROTATE_HELP, WHY_LEAKED, secretRule } from '../secret-rule.js';
import type { SecretDetector, SecretMatch, SecretScanInput } from '../types.js';

const BEGIN = /-----BEGIN ((?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----/;
const BEGIN_ANCHOR = /-----BEGIN /g;
const END = /-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/;
const ARMOR_HEADER = /^[A-Za-z-]+:\s/;
/** Up to this many lines are read looking for the key's end; a 4096-bit RSA key takes about 50. */
const MAX_KEY_LINES = 200;
/** Fewer base64 characters than this is an example (`MIIEow…`), not a key: the smallest real key (Ed25519) has more. */
export const MIN_KEY_BODY = 64;

const KIND: Record<string, string> = {
  'RSA ': 'RSA',
  'EC ': 'EC',
  'DSA ': 'DSA',
  'OPENSSH ': 'OpenSSH',
  'PGP ': 'PGP',
  'ENCRYPTED ': 'encrypted PKCS#8',
};

/** A body line stripped of string quoting and concatenation: `"MIIE…\n" +` → `MIIE…`. */
function bodyLine(line: string): string {
  return line
    .trim()
    .replace(/^(?:#|\/\/|\*)\s?/, '')
    .replace(/^[+,]?\s*["'`]/, '')
    .replace(/(?:\\n)?["'`]?\s*[+,;)]*\s*$/, '');
}

/** Whether these body lines hold a real key: enough base64 and no elisions or repeated filler. */
export function isRealKeyBody(lines: readonly string[]): boolean {
  let body = '';
  for (const raw of lines) {
    const line = bodyLine(raw);
    if (line === '' || ARMOR_HEADER.test(line)) continue;
    if (!/^[A-Za-z0-9+/=]+$/.test(line)) return false;
    body += line;
  }
  return body.length >= MIN_KEY_BODY && distinctCharacters(body) >= 20 && !/(.)\1{15,}/.test(body);
}

function describe(header: RegExpExecArray): string {
  const kind = KIND[header[1] ?? ''];
  return header[0].includes('PGP')
    ? 'PGP private key block'
    : kind === undefined
      ? 'PKCS#8 private key'
      : `${kind} private key`;
}

/** Keys written over several lines, and keys on one line with `\n` escapes (.env files, JSON strings). */
function scanPrivateKeys(input: SecretScanInput): SecretMatch[] {
  const { text } = input;
  const matches: SecretMatch[] = [];
  if (isTestKeyFile(input.filename) || isExampleKeyPlace(input.filename)) return matches;
  // The first line not yet read as part of a key: a BEGIN inside a key's body starts nothing.
  let unread = 0;
  for (const index of text.linesMatching(BEGIN_ANCHOR)) {
    if (index < unread) continue;
    const line = text.line(index);
    const header = BEGIN.exec(line);
    if (!header) continue;
    const start = header.index + header[0].length;
    const rest = line.slice(start);
    const base = { line: index + 1, column: header.index + 1, value: header[0], shown: describe(header) };
    if (rest.startsWith('\\n')) {
      const body = rest.split(END)[0]?.split('\\n') ?? [];
      if (isRealKeyBody(body)) matches.push(base);
      continue;
    }
    const body: string[] = [];
    let end = index + 1;
    while (end < text.lineCount && end - index <= MAX_KEY_LINES && !END.test(text.line(end)))
      body.push(text.line(end++));
    if (isRealKeyBody(body)) matches.push({ ...base, lineEnd: Math.min(end + 1, text.lineCount) });
    unread = end + 1;
  }
  return matches;
}

export const PRIVATE_KEY_DETECTOR: SecretDetector = {
  meta: secretRule('private-key', 'critical', {
    whatItFinds:
      'PEM and OpenSSH private keys (`-----BEGIN RSA PRIVATE KEY-----`, EC, DSA, OpenSSH, ' +
      'PKCS#8, encrypted PKCS#8 and PGP private key blocks) with a real body, whether written ' +
      'over several lines or on one line with `\\n` escapes. Key files made for tests (named ' +
      "`test_*` or `test-*`, or in a benchmark module's `resources`) are left alone.",
    whyItMatters:
      'A private key signs and decrypts as its owner: TLS servers, ' +
      `SSH hosts, deploy keys, code signing. ${WHY_LEAKED}`,
    example: {
      bad: `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAA… (the whole key)
-----END OPENSSH PRIVATE KEY-----`,
      good: 'ssh_key_path: ~/.ssh/deploy_key   # kept out of the repository, mounted at run time',
    },
  }),
  noun: 'Private key',
  help: `Generate a new key pair and revoke this one wherever its public key is trusted. ${ROTATE_HELP}`,
  scansTestsAndDocs: true,
  scan: scanPrivateKeys,
};

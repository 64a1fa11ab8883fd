import { Buffer } from 'node:buffer';
import { ROTATE_HELP, secretRule } from '../secret-rule.js';
import type { SecretDetector, SecretMatch, SecretScanInput } from '../types.js';

const JWT = /\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})/g;
const JWT_ANCHOR = /eyJ/g;
const HOLDER_NAME = /token|jwt|secret|auth|bearer|session|cookie|credential|apikey|api_key|key$/i;

/** Whether the first part decodes to a JOSE header with a signing algorithm other than `none`. */
function isSignedJwt(value: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(value.split('.')[0] ?? '', 'base64url').toString('utf8'));
    const alg = typeof header === 'object' && header !== null && 'alg' in header ? header.alg : undefined;
    return typeof alg === 'string' && alg.toLowerCase() !== 'none';
  } catch {
    return false;
  }
}

/**
 * A JWT is reported when it is held by a secret-ish name or sent
 * as a bearer credential; elsewhere it is usually sample data.
 */
function scanJwts(input: SecretScanInput): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const index of input.text.linesMatching(JWT_ANCHOR)) {
    const text = input.text.line(index);
    const holders = input.text.assignmentsOn(index).filter((entry) => HOLDER_NAME.test(entry.name));
    for (const match of text.matchAll(JWT)) {
      const value = match[1] ?? '';
      const start = match.index;
      if (!isSignedJwt(value)) continue;
      const holder = holders.find((entry) => entry.index <= start && start < entry.index + entry.value.length);
      const bearer = /bearer\s+$/i.test(text.slice(0, start));
      if (holder || bearer) matches.push({ line: index + 1, column: start + 1, value, subject: holder?.name });
    }
  }
  return matches;
}

export const JWT_DETECTOR: SecretDetector = {
  meta: secretRule('jwt', 'moderate', {
    whatItFinds:
      'Signed JSON Web Tokens (`eyJ….eyJ….…`) assigned to a name such as `token`, ' +
      '`jwt`, `auth` or `session`, or sent as `Bearer` credentials. Unsigned ' +
      'tokens (`alg: none`) and tokens in tests and documentation are left alone.',
    whyItMatters:
      'A JWT is a bearer credential: until it expires, whoever holds it is its subject. Long-lived service ' +
      'tokens are often committed this way.',
    example: {
      bad: "headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIi…' }",
      good: 'headers: { Authorization: `Bearer ${await getServiceToken()}` }',
    },
  }),
  noun: 'JSON Web Token',
  help: `If the token has not expired, revoke it or rotate its signing key. ${ROTATE_HELP}`,
  scansTestsAndDocs: false,
  scan: scanJwts,
};

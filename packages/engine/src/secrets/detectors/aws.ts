import { normalizeName } from '../assignments.js';
import { shannonEntropy } from '../entropy.js';
import { isPlaceholder } from '../placeholders.js';
import { WHY_LEAKED, secretRule } from '../secret-rule.js';
import type { SecretDetector, SecretMatch, SecretScanInput } from '../types.js';
import { SECRET_NAME_ANCHOR } from './generic.js';
import { matchPattern } from './pattern.js';

const ACCESS_KEY_ID = /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g;
const ACCESS_KEY_ID_ANCHOR = /AKIA|ASIA|ABIA|ACCA/g;
const SECRET_KEY = /^[A-Za-z0-9/+]{40}$/;
const BARE_SECRET_KEY = /(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g;
/** How many lines around an access key id a bare 40-character secret is taken as its partner. */
const NEIGHBOURHOOD = 3;
const AWS_HELP =
  'Deactivate the key in IAM, create a new one, and let the code take ' +
  'credentials from the environment, an instance or task role, or AWS SSO.';

/** A random 40-character secret key has upper case, lower case and digits, and much entropy; a git SHA has not. */
function looksLikeSecretKey(value: string): boolean {
  return (
    SECRET_KEY.test(value) &&
    /[A-Z]/.test(value) &&
    /[a-z]/.test(value) &&
    /[0-9/+]/.test(value) &&
    shannonEntropy(value) >= 4 &&
    !isPlaceholder(value)
  );
}

const isSecretKeyName = (name: string) => {
  const normalized = normalizeName(name);
  return normalized.includes('secretaccesskey') || (normalized.includes('aws') && normalized.includes('secret'));
};

/**
 * The lines a secret key can be on: those naming a secret
 * (`isSecretKeyName` asks for `secret`), and those near a key id.
 */
function candidateLines(input: SecretScanInput, keyIdLines: readonly number[]): number[] {
  const candidates = new Set(input.text.linesMatching(SECRET_NAME_ANCHOR));
  for (const keyLine of keyIdLines) {
    for (
      let index = Math.max(0, keyLine - 1 - NEIGHBOURHOOD);
      index <= Math.min(input.text.lineCount - 1, keyLine - 1 + NEIGHBOURHOOD);
      index++
    )
      candidates.add(index);
  }
  return [...candidates].sort((a, b) => a - b);
}

function scanSecretKeys(input: SecretScanInput): SecretMatch[] {
  const keyIdLines = [...new Set(matchPattern(input, ACCESS_KEY_ID, ACCESS_KEY_ID_ANCHOR).map((match) => match.line))];
  const nearKeyId = (line: number) => keyIdLines.some((keyLine) => Math.abs(keyLine - line) <= NEIGHBOURHOOD);
  const matches: SecretMatch[] = [];
  for (const index of candidateLines(input, keyIdLines)) {
    const line = index + 1;
    const assigned = input.text
      .assignmentsOn(index)
      .filter((entry) => isSecretKeyName(entry.name) && looksLikeSecretKey(entry.value));
    for (const entry of assigned)
      matches.push({ line, column: entry.index + 1, value: entry.value, subject: entry.name });
    if (assigned.length > 0 || !nearKeyId(line)) continue;
    for (const match of input.text.line(index).matchAll(BARE_SECRET_KEY)) {
      const value = match[1] ?? '';
      if (looksLikeSecretKey(value)) matches.push({ line, column: match.index + 1, value });
    }
  }
  return matches;
}

export const AWS_DETECTORS: readonly SecretDetector[] = [
  {
    meta: secretRule('aws-access-key-id', 'critical', {
      whatItFinds:
        'AWS access key ids (`AKIA…` for IAM users, `ASIA…` for temporary credentials, and `ABIA`/`ACCA`), 20 ' +
        "characters of base32. AWS's documentation example `AKIAIOSFODNN7EXAMPLE` is left alone.",
      whyItMatters:
        'An access key id travels with its secret access key, usually ' +
        `a line away; together they act as the IAM user. ${WHY_LEAKED}`,
      example: {
        bad: 'aws_access_key_id = AKIA2E0A…',
        good: '# credentials come from the instance role; nothing in the repository',
      },
    }),
    noun: 'AWS access key id',
    help: AWS_HELP,
    scansTestsAndDocs: true,
    scan: (input) => matchPattern(input, ACCESS_KEY_ID, ACCESS_KEY_ID_ANCHOR),
  },
  {
    meta: secretRule('aws-secret-access-key', 'critical', {
      whatItFinds:
        'AWS secret access keys: 40 characters of base64 assigned to a name such as `aws_secret_access_key` or ' +
        '`secretAccessKey`, or written within three lines of an access key id.',
      whyItMatters:
        'The secret access key is the password of an IAM identity: with ' +
        `its key id it calls every AWS API the identity may. ${WHY_LEAKED}`,
      example: { bad: 'aws_secret_access_key = 9drTJvcX…', good: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}' },
    }),
    noun: 'AWS secret access key',
    help: AWS_HELP,
    scansTestsAndDocs: true,
    scan: scanSecretKeys,
  },
];

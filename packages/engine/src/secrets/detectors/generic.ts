import { nameWordsAnchor, normalizeName, type Assignment } from '../assignments.js';
import {
  isCiPipeline,
  isComposeFile,
  isDatabaseContainerPassword,
  isRunnerAccountPassword,
  isServiceContainerSecret,
} from '../service-containers.js';
import { shannonEntropy } from '../entropy.js';
import { isPlaceholder, isSelfDescribing } from '../placeholders.js';
import { ROTATE_HELP, WHY_LEAKED, secretRule } from '../secret-rule.js';
import type { SecretDetector, SecretMatch, SecretScanInput } from '../types.js';

const SECRET_NAME_WORDS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'authkey',
  'signingkey',
  'encryptionkey',
  'credential',
];
/** Names that promise a secret, after lower-casing and dropping separators (`DB_PASSWORD` → `dbpassword`). */
const SECRET_NAME = new RegExp(`${SECRET_NAME_WORDS.join('|')}|pwd$`);
/** Lines that may assign to a secret name: every name `isSecretName` accepts, and `aws_secret…` too. */
export const SECRET_NAME_ANCHOR = nameWordsAnchor([...SECRET_NAME_WORDS, 'pwd']);
/** Names that talk about a secret without holding one: `token_type`, `password_field`, `secretName`, `tokenizer`. */
const NOT_A_SECRET_NAME = new RegExp(
  '(?:type|name|names|id|ids|url|uri|endpoint|path|file|filename|dir|length|len|count|field|label|policy|regex|' +
    'pattern|header|prefix|suffix|env|var|expiry|expires|expiresat|expiresin|ttl|timeout|format|hint|placeholder|' +
    'message|msg|error|min|max|limit|hash|hashed|digest|salt|version|kind|mode|status|class|index|size|reset|' +
    'confirm|confirmation|required|enabled|rule|input|column|location|source|provider|method|strategy|store|' +
    'manager|service|generator|validator|helper|options|opts|flags|args|algorithm|algo|cipher)$|tokeniz|^pwd$',
);

export const MIN_LENGTH = 10;
export const MAX_LENGTH = 200;
/** Bits per character below which a value reads as a word or a pattern; hexadecimal strings top out at 4. */
export const MIN_ENTROPY = 3.5;
export const MIN_ENTROPY_HEX = 3.0;
/** Short values cannot reach MIN_ENTROPY (log2 of their length bounds it), so they need most characters distinct. */
const minimumEntropy = (value: string) =>
  /^[0-9a-f-]+$/i.test(value) ? MIN_ENTROPY_HEX : Math.min(MIN_ENTROPY, Math.log2(value.length) - 0.4);

export function isSecretName(name: string): boolean {
  const normalized = normalizeName(name);
  return SECRET_NAME.test(normalized) && !NOT_A_SECRET_NAME.test(normalized);
}

/**
 * Whether a value looks like a generated secret: long enough,
 * letters and digits, high entropy, no spaces, not a reference.
 */
export function looksLikeSecret(value: string): boolean {
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH || /\s/.test(value)) return false;
  // Generated secrets are printable ASCII; other characters are words of a language (a translated message).
  if (/[^\x21-\x7e]/.test(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value)) return false;
  if (/^(?:https?|ftp|file|s3|gs):\/\/|^\.{0,2}\/|^~\/|\.(?:pem|key|json|txt|crt|p12|pfx|ya?ml)$/i.test(value))
    return false;
  if (/^[A-Z0-9_]+$/.test(value) && value.includes('_')) return false;
  if (/%[sd]|\{\d*\}/.test(value)) return false;
  // A crypt(3) hash (`$6$salt$…`, bcrypt's `$2b$10$…`) is what a user resource or a shadow file stores, not a secret.
  // A shell heredoc writes it with its dollars escaped (`\$argon2id\$v=19…`).
  if (/^\$(?:1|2[abxy]?|5|6|y|argon2(?:id|i|d))\$/.test(value.replace(/\\\$/g, '$'))) return false;
  // JSON Web Tokens are the jwt rule's to judge: it knows signed from unsigned ones.
  if (value.startsWith('eyJ')) return false;
  if (isPlaceholder(value) || isSelfDescribing(value)) return false;
  return shannonEntropy(value) >= minimumEntropy(value);
}

/** Unquoted values in code are expressions (`token = getToken()`); only in config files are they literals. */
function isLiteral(entry: Assignment, unquotedIsLiteral: boolean): boolean {
  if (entry.quoted) return true;
  return unquotedIsLiteral && !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|^[A-Za-z_$][\w$]*\(/.test(entry.value);
}

/** A note on the line or the one above: the value is public by design ("Public API key: it is safe to commit it"). */
const PUBLIC_NOTE =
  /\b(?:public|publishable|search-only)\b[^\n]*\b(?:key|token)\b|\bsafe to (?:commit|share|publish|expose)\b/i;

function notedPublic(input: SecretScanInput, index: number): boolean {
  const comment = (line: string) => /(?:\/\/|#|\/\*|\*|<!--)(.*)$/.exec(line)?.[1] ?? '';
  return [index - 1, index].some((row) => row >= 0 && PUBLIC_NOTE.test(comment(input.text.line(row))));
}

function scanAssignedSecrets(input: SecretScanInput): SecretMatch[] {
  const pipeline = isCiPipeline(input.filename);
  const compose = isComposeFile(input.filename);
  return input.text.linesMatching(SECRET_NAME_ANCHOR).flatMap((index) =>
    notedPublic(input, index)
      ? []
      : input.text
          .assignmentsOn(index)
          .filter(
            (entry) =>
              isSecretName(entry.name) &&
              isLiteral(entry, input.unquotedIsLiteral) &&
              looksLikeSecret(entry.value) &&
              !(pipeline && isServiceContainerSecret(input.text, index, entry.value)) &&
              !(pipeline && isRunnerAccountPassword(input.text, entry.name)) &&
              !(compose && isDatabaseContainerPassword(input.text, index, entry)),
          )
          .map((entry) => ({ line: index + 1, column: entry.index + 1, value: entry.value, subject: entry.name })),
  );
}

export const GENERIC_SECRET_DETECTOR: SecretDetector = {
  meta: secretRule(
    'generic-secret',
    'high',
    {
      whatItFinds:
        'Literal values assigned to names that promise a secret (password, passwd, secret, token, api_key, ' +
        'access_key, private_key, client_secret, credentials …) in code, .env, YAML, JSON, INI and properties ' +
        `files, when the value looks generated: ${MIN_LENGTH}–${MAX_LENGTH} characters, letters and digits, no ` +
        `spaces, and a Shannon entropy of at least ${MIN_ENTROPY} bits per character (${MIN_ENTROPY_HEX} for ` +
        `hexadecimal). Placeholders (alphabet walks such as \`123456789ABCDEF\` too), digests of empty input, ` +
        `references (\`\${VAR}\`, \`process.env.X\`, \`{{ secret }}\`), comments and help text, the passwords of ` +
        "a CI pipeline's throwaway service containers (under `services:` in a GitHub Actions or GitLab CI file, or " +
        "the same value given to the job) and of a Compose file's database containers (the image's password " +
        'variable, `POSTGRES_PASSWORD`, `MSSQL_SA_PASSWORD`…, or the same value given to another service), and ' +
        'test and documentation files are left alone.',
      whyItMatters:
        'A password or API key in the source is shared with everyone who can read the repository and cannot be ' +
        `rotated without a commit. ${WHY_LEAKED}`,
      example: { bad: 'DATABASE_PASSWORD=q7Rv…   # the real password', good: 'DATABASE_PASSWORD=${DATABASE_PASSWORD}' },
    },
    15,
    // Ruff's and Bandit's hard-coded password checks, and SonarQube's hard-coded passwords and secrets.
    { ruff: ['S105', 'S106', 'S107'], bandit: ['B105', 'B106', 'B107'], sonar: ['S2068', 'S6418'] },
  ),
  noun: 'Hardcoded secret',
  help: ROTATE_HELP,
  scansTestsAndDocs: false,
  scan: scanAssignedSecrets,
};

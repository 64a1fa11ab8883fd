import { WHY_LEAKED, secretRule, ROTATE_HELP } from '../secret-rule.js';
import type { SecretDetector, SecretMatch, SecretScanInput } from '../types.js';
import { matchPattern } from './pattern.js';
import { isRealKeyBody } from './private-key.js';

const API_KEY = /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g;
const API_KEY_ANCHOR = /AIza/g;
const SERVICE_ACCOUNT_KEY = /"private_key"\s*:\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----\\n[^"]*)"/;
const SERVICE_ACCOUNT_KEY_ANCHOR = /"private_key"/g;
const SERVICE_ACCOUNT_FILE = /"type"\s*:\s*"service_account"|\.iam\.gserviceaccount\.com"/;
const SERVICE_ACCOUNT_FILE_ANCHOR = /"service_account"|\.iam\.gserviceaccount\.com"/g;

function scanServiceAccountKeys(input: SecretScanInput): SecretMatch[] {
  const { text } = input;
  if (!text.linesMatching(SERVICE_ACCOUNT_FILE_ANCHOR).some((index) => SERVICE_ACCOUNT_FILE.test(text.line(index))))
    return [];
  const matches: SecretMatch[] = [];
  for (const index of text.linesMatching(SERVICE_ACCOUNT_KEY_ANCHOR)) {
    const match = SERVICE_ACCOUNT_KEY.exec(text.line(index));
    const key = match?.[1];
    if (!match || key === undefined || !isRealKeyBody(key.split('\\n').slice(1, -2))) continue;
    matches.push({
      line: index + 1,
      column: match.index + match[0].indexOf(key) + 1,
      value: key,
      subject: 'private_key',
      shown: 'service account private key',
    });
  }
  return matches;
}

export const GCP_DETECTORS: readonly SecretDetector[] = [
  {
    meta: secretRule('gcp-api-key', 'high', {
      whatItFinds: 'Google Cloud and Firebase API keys (`AIza` and 35 characters).',
      whyItMatters:
        "An unrestricted API key spends the project's quota and money on Maps, " +
        'Translate, Gemini and other APIs. Keys that must ship to browsers ' +
        '(Firebase web config) should at least be restricted by referrer and API.',
      example: {
        bad: 'const MAPS_KEY = "AIzaSyD…";',
        good: 'const MAPS_KEY = import.meta.env.VITE_MAPS_KEY; // restricted by referrer in the console',
      },
    }),
    noun: 'Google API key',
    help: `Restrict or delete the key in the Google Cloud console (APIs & Services → Credentials). ${ROTATE_HELP}`,
    scansTestsAndDocs: true,
    scan: (input) => matchPattern(input, API_KEY, API_KEY_ANCHOR),
  },
  {
    meta: secretRule('gcp-service-account-key', 'critical', {
      whatItFinds:
        'Google Cloud service account key files: JSON with ' +
        '`"type": "service_account"` and a `"private_key"` holding a real PEM key.',
      whyItMatters:
        'A service account key acts as the service account, with every ' +
        `IAM role it holds, and does not expire by default. ${WHY_LEAKED}`,
      example: {
        bad: '{ "type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQ…", … }',
        good: '# GOOGLE_APPLICATION_CREDENTIALS points at a file outside the repository, or workload identity is used',
      },
    }),
    noun: 'Google Cloud service account key',
    help:
      'Delete the key in IAM → Service accounts → Keys and prefer ' +
      `workload identity federation to key files. ${ROTATE_HELP}`,
    scansTestsAndDocs: true,
    scan: scanServiceAccountKeys,
  },
];

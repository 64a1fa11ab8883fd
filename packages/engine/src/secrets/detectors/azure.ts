import { nameWordsAnchor, normalizeName } from '../assignments.js';
import { isPlaceholder } from '../placeholders.js';
import { ROTATE_HELP, WHY_LEAKED, secretRule } from '../secret-rule.js';
import type { SecretDetector, SecretMatch, SecretScanInput } from '../types.js';
import { matchPattern } from './pattern.js';

const CONNECTION_STRING_KEY = /AccountKey=([A-Za-z0-9+/]{86}==)/g;
const CONNECTION_STRING_ANCHOR = /AccountKey=/g;
const STORAGE_KEY = /^[A-Za-z0-9+/]{86}==$/;
const SHARED_ACCESS_KEY = /SharedAccessKey=([A-Za-z0-9+/]{42,44}=?)(?![A-Za-z0-9+/=])/g;
const SHARED_ACCESS_ANCHOR = /SharedAccessKey=/g;
// Entra ID (Azure AD) client secrets since 2021: three characters, a digit, `Q~`, then 31–34 characters.
const CLIENT_SECRET = /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g;
const CLIENT_SECRET_ANCHOR = /\dQ~/g;

const STORAGE_KEY_NAME_WORDS = ['accountkey', 'storagekey', 'azurekey', 'storageaccesskey'];
const STORAGE_KEY_NAME = new RegExp(STORAGE_KEY_NAME_WORDS.join('|'));
const STORAGE_KEY_NAME_ANCHOR = nameWordsAnchor(STORAGE_KEY_NAME_WORDS);
const isStorageKeyName = (name: string) => STORAGE_KEY_NAME.test(normalizeName(name));

function scanStorageKeys(input: SecretScanInput): SecretMatch[] {
  const inConnectionStrings = matchPattern(input, CONNECTION_STRING_KEY, CONNECTION_STRING_ANCHOR);
  const assigned = input.text.linesMatching(STORAGE_KEY_NAME_ANCHOR).flatMap((index) =>
    input.text
      .assignmentsOn(index)
      .filter((entry) => isStorageKeyName(entry.name) && STORAGE_KEY.test(entry.value) && !isPlaceholder(entry.value))
      .map((entry) => ({ line: index + 1, column: entry.index + 1, value: entry.value, subject: entry.name })),
  );
  const seen = new Set(inConnectionStrings.map((match) => `${match.line}:${match.column}`));
  return [...inConnectionStrings, ...assigned.filter((match) => !seen.has(`${match.line}:${match.column}`))];
}

export const AZURE_DETECTORS: readonly SecretDetector[] = [
  {
    meta: secretRule('azure-storage-account-key', 'critical', {
      whatItFinds:
        'Azure storage account keys (88 characters of base64 ending in `==`), in connection strings ' +
        '(`AccountKey=`) or assigned to names such as `storageAccountKey`.',
      whyItMatters:
        'An account key is full control of every blob, queue, ' +
        `table and file share of the storage account. ${WHY_LEAKED}`,
      example: {
        bad:
          'AZURE_STORAGE=DefaultEndpointsProtocol=https;AccountName=' +
          'acme;AccountKey=Eby8vdM0…==;EndpointSuffix=core.windows.net',
        good: 'AZURE_STORAGE=${AZURE_STORAGE_CONNECTION_STRING}   # or a managed identity and no key at all',
      },
    }),
    noun: 'Azure storage account key',
    help:
      'Rotate the key (Storage account → Access keys) and prefer managed ' +
      `identities or SAS tokens with short lifetimes. ${ROTATE_HELP}`,
    scansTestsAndDocs: true,
    scan: scanStorageKeys,
  },
  {
    meta: secretRule('azure-shared-access-key', 'critical', {
      whatItFinds:
        'Shared access keys in Azure Service Bus, Event Hubs and IoT Hub connection strings (`SharedAccessKey=`).',
      whyItMatters:
        'A shared access key sends, receives or manages messages with the rights of its policy, often ' +
        `RootManageSharedAccessKey. ${WHY_LEAKED}`,
      example: {
        bad:
          'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=' +
          'RootManageSharedAccessKey;SharedAccessKey=k2Jc…=',
        good: 'SERVICEBUS=${SERVICEBUS_CONNECTION_STRING}',
      },
    }),
    noun: 'Azure shared access key',
    help: `Regenerate the policy's keys and prefer managed identities. ${ROTATE_HELP}`,
    scansTestsAndDocs: true,
    scan: (input) => matchPattern(input, SHARED_ACCESS_KEY, SHARED_ACCESS_ANCHOR),
  },
  {
    meta: secretRule('azure-ad-client-secret', 'critical', {
      whatItFinds:
        'Microsoft Entra ID (Azure AD) application client secrets in their current format (`…8Q~…`, 40 characters).',
      whyItMatters:
        'A client secret signs the application in to Entra ID and gets tokens for every API permission it was ' +
        `granted, often Microsoft Graph. ${WHY_LEAKED}`,
      example: {
        bad: 'AZURE_CLIENT_SECRET="abc8Q~…"',
        good: 'AZURE_CLIENT_SECRET="${AZURE_CLIENT_SECRET}"   # or a certificate or federated credential',
      },
    }),
    noun: 'Azure AD client secret',
    help: `Delete the secret under App registrations → Certificates & secrets. ${ROTATE_HELP}`,
    scansTestsAndDocs: true,
    scan: (input) => matchPattern(input, CLIENT_SECRET, CLIENT_SECRET_ANCHOR),
  },
];

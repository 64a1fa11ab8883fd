import { ALNUM, BASE64, fakeSecret, testSecrets } from '../secret-tester.case.js';

const accountKey = `${fakeSecret('', 86, BASE64)}==`;
const sharedKey = `${fakeSecret('', 43, BASE64)}=`;
const clientSecret = `${fakeSecret('', 3, ALNUM)}8Q~${fakeSecret('', 34, `${ALNUM}_~.-`)}`;
const connection = (key: string) =>
  `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${key};EndpointSuffix=core.windows.net`;

testSecrets('azure', {
  valid: [
    { text: 'AZURE_STORAGE=UseDevelopmentStorage=true', filename: '.env' },
    { text: `AZURE_STORAGE=${connection('<account-key>')}`, filename: '.env' },
    { text: `AZURE_STORAGE=${connection(`${'x'.repeat(86)}==`)}`, filename: '.env' },
    {
      text: 'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${SB_KEY}',
      filename: 'app.config',
    },
    { text: 'client_secret = "${AZURE_CLIENT_SECRET}"', filename: 'main.tf' },
    { text: 'const tilde = "abc8Q~short";' },
  ],
  invalid: [
    { text: `AZURE_STORAGE=${connection(accountKey)}`, filename: '.env', found: ['1 azure-storage-account-key'] },
    {
      text: `{\n  "storageAccountKey": "${accountKey}"\n}`,
      filename: 'appsettings.json',
      found: ['2 azure-storage-account-key'],
    },
    {
      text:
        'var conn = ' +
        '"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=' +
        `RootManageSharedAccessKey;SharedAccessKey=${sharedKey}";`,
      filename: 'Bus.cs',
      found: ['1 azure-shared-access-key'],
    },
    {
      text: `AZURE_CLIENT_ID=4f1c\nAZURE_CLIENT_SECRET=${clientSecret}`,
      filename: '.env',
      found: ['2 azure-ad-client-secret'],
    },
  ],
});

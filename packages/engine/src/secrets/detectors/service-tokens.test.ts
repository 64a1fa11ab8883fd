import { ALNUM, BASE64URL, HEX, fakeSecret, testSecrets } from '../secret-tester.case.js';

const ghp = fakeSecret('ghp_', 36);
const gho = fakeSecret('gho_', 36, ALNUM, 2);
const ghs = fakeSecret('ghs_', 36, ALNUM, 3);
const pat = `${fakeSecret('github_pat_', 22)}_${fakeSecret('', 59)}`;
const glpat = fakeSecret('glpat-', 20, BASE64URL.replace('_', ''));
const glrt = fakeSecret('glrt-', 20, ALNUM, 4);
const xoxb = `xoxb-${fakeSecret('', 11, '0123456789')}-${fakeSecret('', 12, '0123456789')}-${fakeSecret('', 24)}`;
const xoxp =
  `xoxp-${fakeSecret('', 11, '0123456789', 3)}-${fakeSecret('', 11, '0123456789', 4)}-` +
  `${fakeSecret('', 12, '0123456789', 5)}-${fakeSecret('', 32, HEX)}`;
const webhook =
  `https://hooks.slack.com/services/T${fakeSecret('', 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/B` +
  `${fakeSecret('', 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/${fakeSecret('', 24)}`;
const skLive = fakeSecret('sk_live_', 99);
const rkLive = fakeSecret('rk_live_', 24, ALNUM, 9);
const twilio = fakeSecret('SK', 32, HEX);
const sendgrid = `${fakeSecret('SG.', 22, BASE64URL)}.${fakeSecret('', 43, BASE64URL, 8)}`;
const npm = fakeSecret('npm_', 36);
const pypi = fakeSecret('pypi-AgEIcHlwaS5vcmc', 120, BASE64URL);
const gocspx = fakeSecret('GOCSPX-', 28, BASE64URL);
const ya29 = fakeSecret('ya29.', 120, BASE64URL);
const plumb = fakeSecret('plumb_p_', 43, BASE64URL);
const plumbSk = fakeSecret('plumb_sk_', 43, BASE64URL, 5);

testSecrets('service tokens', {
  valid: [
    { text: "const token = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';" },
    { text: "const token = 'ghp_<your-personal-access-token>';" },
    { text: `const short = '${ghp.slice(0, 30)}';` },
    { text: `const longer = '${ghp}abc';` },
    { text: "token: 'ghp_EXAMPLE0123456789abcdefghijklmnopqr'" },
    { text: "const prefix = 'ghp_'; // GitHub classic tokens start with ghp_" },
    { text: 'GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX', filename: '.env' },
    { text: 'GITLAB_TOKEN=${GITLAB_TOKEN}', filename: '.env' },
    { text: 'slack_token = "xoxb-your-bot-token-here"', filename: 'app.py' },
    { text: "const key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';" },
    { text: "const key = 'pk_live_51H8aZ2CxYv0tR3jK9mN';" },
    { text: "const key = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx';" },
    { text: "sid = 'AC0123456789abcdef0123456789abcdef'", filename: 'notify.py' },
    { text: 'NPM_TOKEN=npm_00000000000000000000000000000000000', filename: '.env' },
    { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', filename: '.npmrc' },
    {
      text: 'webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      filename: 'ci.yml',
    },
    { text: 'PLUMB_TOKEN=plumb_p_<project-token>', filename: '.env' },
    { text: `const text = "ya29.a0AfH6SMBx...";` },
    { text: `const token = '${ghp}'; // plumb:allow-secret` },
    { text: `const token = '${ghp}';`, filename: 'test/__fixtures__/repo/config.ts' },
  ],
  invalid: [
    { text: `const token = '${ghp}';`, found: ['1 github-token'] },
    {
      text: `// setup\nheaders.Authorization = \`token ${gho}\`;\nconst other = "${ghs}";`,
      found: ['2 github-token', '3 github-token'],
    },
    { text: `GH_PAT=${pat}`, filename: '.env', found: ['1 github-token'] },
    { text: `  token: ${ghp}`, filename: '.github/workflows/release.yml', found: ['1 github-token'] },
    { text: `const token = '${ghp}';`, filename: 'src/api.test.ts', found: ['1 github-token'] },
    { text: `Use \`${ghp}\` to log in.`, filename: 'README.md', found: ['1 github-token'] },
    {
      text: `gitlab:\n  token: ${glpat}\n  runner: ${glrt}`,
      filename: 'config.yml',
      found: ['2 gitlab-token', '3 gitlab-token'],
    },
    {
      text: `SLACK_BOT_TOKEN=${xoxb}\nSLACK_USER_TOKEN=${xoxp}`,
      filename: '.env',
      found: ['1 slack-token', '2 slack-token'],
    },
    { text: `requests.post("${webhook}", json=payload)`, filename: 'alert.py', found: ['1 slack-webhook'] },
    {
      text: `Stripe.api_key = "${skLive}"\nrestricted = "${rkLive}"`,
      filename: 'pay.rb',
      found: ['1 stripe-live-key', '2 stripe-live-key'],
    },
    { text: `client = Client("${twilio}", secret)`, filename: 'sms.py', found: ['1 twilio-api-key'] },
    { text: `sgMail.setApiKey('${sendgrid}');`, found: ['1 sendgrid-api-key'] },
    { text: `//registry.npmjs.org/:_authToken=${npm}`, filename: '.npmrc', found: ['1 npm-token'] },
    { text: `[pypi]\nusername = __token__\npassword = ${pypi}`, filename: '.pypirc', found: ['3 pypi-token'] },
    {
      text: `{"web":{"client_id":"1.apps.googleusercontent.com","client_secret":"${gocspx}"}}`,
      filename: 'client_secret.json',
      found: ['1 google-oauth'],
    },
    {
      text: `curl -H "Authorization: Bearer ${ya29}" https://www.googleapis.com/drive/v3/files`,
      filename: 'scripts/list.sh',
      found: ['1 google-oauth'],
    },
    {
      text: `plumb scan --token ${plumb}\nexport PLUMB_KEY=${plumbSk}`,
      filename: 'ci/scan.sh',
      found: ['1 plumb-token', '2 plumb-token'],
    },
  ],
});

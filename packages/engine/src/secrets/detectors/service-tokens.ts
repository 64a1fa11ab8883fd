import type { SecretDetector } from '../types.js';
import { patternDetector } from './pattern.js';

const fromEnvironment = (language: 'js' | 'py', variable: string) =>
  language === 'js' ? `const token = process.env.${variable};` : `token = os.environ["${variable}"]`;

/** Tokens of major services, recognised by their documented prefixes and lengths. */
export const SERVICE_TOKEN_DETECTORS: readonly SecretDetector[] = [
  patternDetector({
    name: 'github-token',
    noun: 'GitHub token',
    severity: 'critical',
    pattern: /\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
    anchor: /gh[pousr]_|github_pat_/g,
    docs: {
      whatItFinds:
        'GitHub personal access tokens (classic `ghp_` and fine-grained `github_pat_`), OAuth (`gho_`), ' +
        'user-to-server (`ghu_`), server-to-server (`ghs_`) and refresh (`ghr_`) tokens.',
      whyItMatters:
        'A GitHub token acts as its owner: it can read private ' +
        'repositories, push code and change settings within its scopes.',
      example: {
        bad: "const token = 'ghp_R2bY…'; // the full 40-character token",
        good: fromEnvironment('js', 'GITHUB_TOKEN'),
      },
    },
  }),
  patternDetector({
    name: 'gitlab-token',
    noun: 'GitLab token',
    severity: 'critical',
    pattern: /\b((?:glpat|glptt|gldt|glrt|glcbt|gloas|glft|glimt|glsoat)-[A-Za-z0-9_.-]{20,})/g,
    anchor: /gl(?:pat|ptt|dt|rt|cbt|oas|ft|imt|soat)-/g,
    docs: {
      whatItFinds:
        'GitLab personal, project and group access tokens (`glpat-`), pipeline trigger, deploy, runner, CI ' +
        'job, OAuth application and feed tokens.',
      whyItMatters:
        'A GitLab access token reaches the API and the repositories of its owner within its scopes, and runner ' +
        'tokens let anyone pick up CI jobs and their secrets.',
      example: { bad: 'GITLAB_TOKEN=glpat-9xQe…', good: 'GITLAB_TOKEN=${GITLAB_TOKEN}' },
    },
  }),
  patternDetector({
    name: 'slack-token',
    noun: 'Slack token',
    severity: 'high',
    pattern: /\b(xox[baprs]-(?:\d{6,}-){1,3}[A-Za-z0-9]{8,}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]{32,})\b/g,
    anchor: /xox[baprs]-|xapp-/g,
    docs: {
      whatItFinds: 'Slack bot (`xoxb-`), user (`xoxp-`), workspace and app-level (`xapp-`) tokens.',
      whyItMatters:
        'A Slack token reads and posts messages, lists users and files, and may reach every channel of the workspace.',
      example: {
        bad: "slack = WebClient(token='xoxb-1765…')",
        good: 'slack = WebClient(token=os.environ["SLACK_BOT_TOKEN"])',
      },
    },
  }),
  patternDetector({
    name: 'slack-webhook',
    noun: 'Slack incoming webhook URL',
    severity: 'high',
    shown: 'https://hooks.slack.com/…',
    pattern:
      /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9]{16,})/g,
    anchor: /hooks\.slack\.com\//g,
    docs: {
      whatItFinds: 'Slack incoming webhook and workflow trigger URLs.',
      whyItMatters:
        'Whoever has the URL can post any message, links included, into ' +
        'the channel as the integration: a ready tool for phishing.',
      example: {
        bad: 'SLACK_WEBHOOK=https://hooks.slack.com/services/T0…/B0…/…',
        good: 'SLACK_WEBHOOK=${SLACK_WEBHOOK_URL}',
      },
    },
  }),
  patternDetector({
    name: 'stripe-live-key',
    noun: 'Stripe live secret key',
    severity: 'critical',
    pattern: /\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b/g,
    anchor: /[sr]k_live_/g,
    docs: {
      whatItFinds:
        'Stripe live secret keys (`sk_live_`) and restricted keys (`rk_live_`). ' +
        'Test-mode keys (`sk_test_`) move no money and are left alone.',
      whyItMatters: 'A live secret key charges cards, issues refunds and pays out balances of the account.',
      example: { bad: "stripe.api_key = 'sk_live_51H…'", good: 'stripe.api_key = os.environ["STRIPE_SECRET_KEY"]' },
    },
  }),
  patternDetector({
    name: 'twilio-api-key',
    noun: 'Twilio API key',
    severity: 'high',
    pattern: /\b(SK[0-9a-f]{32})\b/g,
    anchor: /SK[0-9a-f]{32}/g,
    docs: {
      whatItFinds:
        'Twilio API key SIDs (`SK` and 32 hexadecimal digits), which travel with their secret. Auth tokens ' +
        'assigned to `TWILIO_AUTH_TOKEN` and the like are found by `secrets/generic-secret`.',
      whyItMatters: 'Twilio credentials send SMS and place calls billed to the account, and read its message logs.',
      example: {
        bad: "client = Client('SK2b5…', api_secret)",
        good: "client = Client(os.environ['TWILIO_API_KEY'], os.environ['TWILIO_API_SECRET'])",
      },
    },
  }),
  patternDetector({
    name: 'sendgrid-api-key',
    noun: 'SendGrid API key',
    severity: 'high',
    pattern: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    anchor: /SG\./g,
    docs: {
      whatItFinds: 'SendGrid API keys (`SG.` followed by two base64url parts).',
      whyItMatters:
        "A SendGrid key sends mail from the account's verified domains, " +
        'which makes convincing phishing, and reads contact lists.',
      example: { bad: "sgMail.setApiKey('SG.ngeVf…');", good: 'sgMail.setApiKey(process.env.SENDGRID_API_KEY);' },
    },
  }),
  patternDetector({
    name: 'npm-token',
    noun: 'npm access token',
    severity: 'critical',
    pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
    anchor: /npm_/g,
    docs: {
      whatItFinds: 'npm access tokens (`npm_` and 36 characters), in code, `.npmrc` files and CI configuration.',
      whyItMatters:
        'An npm publish token lets anyone publish a new version of ' +
        "the owner's packages: a supply-chain attack on every user.",
      example: {
        bad: '//registry.npmjs.org/:_authToken=npm_a1B2…',
        good: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      },
    },
  }),
  patternDetector({
    name: 'pypi-token',
    noun: 'PyPI API token',
    severity: 'critical',
    pattern: /\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g,
    anchor: /pypi-AgEIcHlwaS5vcmc/g,
    docs: {
      whatItFinds: 'PyPI API tokens (`pypi-AgEIcHlwaS5vcmc…`, a macaroon issued by pypi.org).',
      whyItMatters: "A PyPI token uploads new releases of the owner's projects: a supply-chain attack on every user.",
      example: { bad: 'password = pypi-AgEIcHlwaS5vcmc…', good: 'password = ${PYPI_TOKEN}' },
    },
  }),
  patternDetector({
    name: 'google-oauth',
    noun: 'Google OAuth credential',
    severity: 'high',
    pattern: /\b(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])|\b(ya29\.[0-9A-Za-z_-]{30,})/g,
    anchor: /GOCSPX-|ya29\./g,
    docs: {
      whatItFinds: 'Google OAuth client secrets (`GOCSPX-`) and OAuth access tokens (`ya29.`).',
      whyItMatters:
        "A client secret lets anyone impersonate the application to Google's OAuth server; an access token " +
        "reads the user's data within its scopes.",
      example: { bad: "CLIENT_SECRET = 'GOCSPX-1a2B…'", good: 'CLIENT_SECRET = os.environ["GOOGLE_CLIENT_SECRET"]' },
    },
  }),
  patternDetector({
    name: 'plumb-token',
    noun: 'Plumb token',
    severity: 'high',
    pattern: /\b(plumb_(?:u|o|p|s|sk)_[A-Za-z0-9_-]{40,})/g,
    anchor: /plumb_(?:u|o|p|s|sk)_/g,
    docs: {
      whatItFinds:
        "Plumb's own user (`plumb_u_`), organization (`plumb_o_`), " +
        'project (`plumb_p_`) and secret API keys (`plumb_sk_`).',
      whyItMatters:
        "A Plumb token reads the organization's analyses and source excerpts, " +
        'and an organization token manages its projects and members.',
      example: { bad: 'plumb scan --token plumb_p_Zk3…', good: 'plumb scan --token "$PLUMB_TOKEN"' },
    },
  }),
];

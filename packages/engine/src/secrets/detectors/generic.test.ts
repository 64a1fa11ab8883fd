import { ALNUM, BASE64, HEX, fakeSecret, testSecrets } from '../secret-tester.case.js';

const password = fakeSecret('', 16, `${ALNUM}!@#%^&*`);
const apiKey = fakeSecret('', 32, HEX);
const token = fakeSecret('', 40, BASE64, 5);
const short = 'q7R#v2Lm9x';

testSecrets('generic secrets', {
  valid: [
    { text: 'password = "changeme"', filename: 'settings.py' },
    { text: 'DB_PASSWORD=${DB_PASSWORD}', filename: '.env' },
    { text: 'DB_PASSWORD=', filename: '.env.example' },
    { text: 'password: "{{ vault_db_password }}"', filename: 'roles/db/vars/main.yml' },
    { text: 'api_key: <your-api-key>', filename: 'config.yml' },
    { text: "const apiKey = process.env.API_KEY ?? '';" },
    { text: "API_KEY = os.environ['API_KEY']", filename: 'app.py' },
    { text: 'token = get_token(client_id, scope)', filename: 'auth.py' },
    { text: 'const token = await login(user, pass2word);' },
    { text: 'secret: ${{ secrets.DEPLOY_KEY }}', filename: '.github/workflows/deploy.yml' },
    { text: "password = 'dummy-password-123'", filename: 'seed.py' },
    { text: "const token = 'fake_token_1234567890';" },
    { text: "api_key = 'sample1234key5678'", filename: 'client.py' },
    { text: "const secret = 'aaaaaaaaaaaaaaaaaaaa1';" },
    { text: "password = 'p4ssw0rd'", filename: 'db.py' },
    { text: 'const passwordField = "input#user-password-2";' },
    { text: "token_type = 'bearer'\ntoken_url = 'https://auth.example.com/oauth2/token'", filename: 'oauth.py' },
    { text: 'const tokenizer = new Tokenizer("cl100k_base");' },
    { text: "secretName: 'prod-db-credentials-v2'", filename: 'k8s.ts' },
    { text: 'password_regex = "^(?=.*[A-Z])(?=.*\\\\d).{8,}$"', filename: 'validate.py' },
    { text: "const secretPath = './keys/server2.pem';" },
    { text: "const API_TOKEN = 'GITHUB_TOKEN_V2';" },
    { text: 'if (token === "abc123XYZ987def") return;' },
    { text: 'export const password: string = t("auth.password.invalid2");' },
    { text: 'message = "Your password must contain 1 digit"', filename: 'forms.py' },
    { text: `password = "${password}"`, filename: 'tests/test_login.py' },
    { text: `api_key: ${apiKey}`, filename: 'docs/configuration.md' },
    { text: `const token = "${token}"; // gitleaks:allow` },
    { text: "SECRET_KEY = 'django-insecure-8x!2k@p0z#q3r5t7v9w1y4u6i'", filename: 'mysite/settings.py' },
    { text: 'password = hunter2hunter2', filename: 'app.ini' },
    { text: `api_key = ${apiKey}`, filename: 'client.go' },
    // Usage examples in comments and help text that shows what a value looks like (oh-my-zsh's spotify).
    { text: `# Usage:\n#   export GITHUB_TOKEN=${token}\n#   gh-sync`, filename: 'plugins/gh/gh.plugin.zsh' },
    { text: `// const apiKey = '${apiKey}';`, filename: 'src/client.ts' },
    {
      text: `echo "  When done, it should look like this:";\necho '  CLIENT_SECRET="${password}"';`,
      filename: 'plugins/macos/spotify',
    },
    { text: `console.log('Set API_TOKEN="${token}" in your shell');` },
    // Walks along the alphabet and digits, and digests of empty input.
    { text: 'CLIENT_SECRET="qr6stu789vwxyz"', filename: 'config.sh' },
    { text: 'CLIENT_ID_SECRET="abc01de2fghijk345lmnop"', filename: 'config.sh' },
    { text: 'api_key = "123456789ABCDEF"', filename: 'client.py' },
    { text: "secret = 'd41d8cd98f00b204e9800998ecf8427e'", filename: 'hashes.py' },
    {
      text: 'EMPTY_TOKEN_SHA256 = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"',
      filename: 'a.py',
    },
    { text: "token: 'da39a3ee5e6b4b0d3255bfef95601890afd80709'", filename: 'fixtures.yml' },
    // Names about a secret's options or algorithm, and crypt(3) hashes, hold no secret.
    { text: 'export HAB_STUDIO_SECRET_NODE_OPTIONS="--dns-result-order=ipv4first"', filename: 'plan.sh' },
    { text: '@password_shadow_algorithm = "SALTED-SHA512-PBKDF2"', filename: 'lib/user.rb' },
    { text: `"password": "$6$QQk10qmDjMv.o$${token}"`, filename: 'data_bags/users/adam.json' },
    // A translated message is no secret, however its digits and letters mix.
    {
      text: "$messages['passwordnoseq'] = 'パスワードは123456やQWERTYの様な連続にしてはなりません。';",
      filename: 'ja_JP.inc',
    },
    // A CI job's throwaway database container, and the job that connects to it with the same password.
    {
      text:
        `jobs:\n  test:\n    services:\n      mssql:\n        image: "mssql/server"\n        env:\n` +
        `          SA_PASSWORD: "${short}"\n    steps:\n      - run: ./test\n        env:\n` +
        `          DB_PASSWORD: "${short}"\n`,
      filename: '.github/workflows/ci.yml',
    },
    {
      text: `services:\n  - name: postgres:16\n    variables:\n      POSTGRES_PASSWORD: ${short}\n`,
      filename: '.gitlab-ci.yml',
    },
    // A Compose file's database containers, set up for development and tests, and the service that connects to one
    // with the same password (slick's docker-compose.yml).
    {
      text:
        `services:\n  sqlserver:\n    image: mcr.microsoft.com/mssql/server:2025-latest\n    environment:\n` +
        `      ACCEPT_EULA: Y\n      MSSQL_SA_PASSWORD: ${short}\n  db2:\n    image: ibmcom/db2:11.5.8.0\n` +
        `    environment:\n      DB2INST1_PASSWORD: db2inst1-pwd9\n  oracle:\n    environment:\n` +
        `      - ORACLE_PASSWORD=${password}\n  app:\n    environment:\n      DATABASE_PASSWORD: "${short}"\n`,
      filename: 'docker-compose.yml',
    },
    {
      text: `services:\n  db:\n    environment:\n      MYSQL_ROOT_PASSWORD: ${short}\n`,
      filename: 'docker-compose.dev.yml',
    },
    {
      text: `services:\n  mongo:\n    environment:\n      MONGO_INITDB_ROOT_PASSWORD: ${password}\n`,
      filename: 'compose.yaml',
    },
    // A search-only key its comment calls public (zio-http's Algolia DocSearch configuration).
    {
      text: `algolia: {\n  // Public API key: it is safe to commit it\n  apiKey: '${token}',\n}`,
      filename: 'docusaurus.config.js',
    },
    // An argon2 hash written by a shell heredoc, its dollars escaped (ProxmoxVE's default login).
    {
      text:
        'cat <<EOF >users.yml\n    password: "\\$argon2id\\$v=19\\$m=65536,t=3,p=4\\$ZBopMzXrzhHXPEZxRDVT2w' +
        '\\$SxWm96DwhOsZyn34DLocwQEIb4kCDsk632PuiMdZnig"\nEOF',
      filename: 'install/authelia-install.sh',
    },
    // The password of a local account the CI step makes on its throwaway runner (phpseclib's SSH functional tests).
    {
      text:
        `steps:\n  - name: Setup SSH tests\n    run: |\n      SSH_USERNAME='phpseclib'\n` +
        `      SSH_PASSWORD='${short}'\n      sudo useradd --create-home "$SSH_USERNAME"\n` +
        `      echo "$SSH_USERNAME:$SSH_PASSWORD" | sudo chpasswd\n`,
      filename: '.github/workflows/ci.yml',
    },
  ],
  invalid: [
    // A pipeline password its job sends elsewhere is a secret: no account is made for it on the runner.
    {
      text: `steps:\n  - run: |\n      DEPLOY_PASSWORD='${short}'\n      curl -u "ci:$DEPLOY_PASSWORD" https://x\n`,
      filename: '.github/workflows/deploy.yml',
      found: ['3 generic-secret'],
    },
    // A job's own credential in a pipeline is a secret, and so is a service password outside a pipeline or Compose.
    {
      text:
        `jobs:\n  deploy:\n    services:\n      db:\n        image: postgres\n` +
        `    env:\n      API_TOKEN: "${token}"\n`,
      filename: '.github/workflows/deploy.yml',
      found: ['7 generic-secret'],
    },
    {
      text: `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${short}\n`,
      filename: 'deploy/stack.yml',
      found: ['4 generic-secret'],
    },
    // In a Compose file, only the database containers' passwords are local settings: an application's token is not.
    {
      text:
        `services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: ${short}\n` +
        `  app:\n    environment:\n      STRIPE_API_TOKEN: ${token}\n      SESSION_SECRET: "${password}"\n`,
      filename: 'docker-compose.yml',
      found: ['8 generic-secret', '9 generic-secret'],
    },
    { text: `DB_HOST=db\nDB_PASSWORD=${password}`, filename: '.env', found: ['2 generic-secret'] },
    { text: `password = "${password}"`, filename: 'settings.py', found: ['1 generic-secret'] },
    { text: `const config = {\n  apiKey: '${apiKey}',\n  region: 'eu',\n};`, found: ['2 generic-secret'] },
    {
      text: `{\n  "client_secret": "${token}",\n  "client_id": "acme-web"\n}`,
      filename: 'oauth.json',
      found: ['2 generic-secret'],
    },
    {
      text: `database:\n  user: app\n  password: ${short}`,
      filename: 'config/database.yml',
      found: ['3 generic-secret'],
    },
    { text: `spring.datasource.password=${password}`, filename: 'application.properties', found: ['1 generic-secret'] },
    {
      text: `private static final String API_KEY = "${apiKey}";`,
      filename: 'Client.java',
      found: ['1 generic-secret'],
    },
    {
      text: `db, err := sql.Open("postgres", dsn)\nconf := Config{Password: "${password}"}`,
      filename: 'main.go',
      found: ['2 generic-secret'],
    },
    {
      text: `conn = psycopg2.connect(host="db", password="${short}")`,
      filename: 'etl.py',
      found: ['1 generic-secret'],
    },
    { text: `this.accessKey = "${token}";`, found: ['1 generic-secret'] },
    { text: `TWILIO_AUTH_TOKEN=${apiKey}`, filename: '.env.production', found: ['1 generic-secret'] },
    { text: `ENV API_SECRET=${token}`, filename: 'Dockerfile', found: ['1 generic-secret'] },
    { text: `:password => '${password}',`, filename: 'config/mail.rb', found: ['1 generic-secret'] },
    { text: `const apiKey: string = '${apiKey}';`, found: ['1 generic-secret'] },
    { text: `$config['db_password'] = '${password}';`, filename: 'config.php', found: ['1 generic-secret'] },
    // Written into a file, a printed value is no help text; a comment after the value does not make the line one.
    { text: `echo "DB_PASSWORD=${password}" >> .env`, filename: 'deploy.sh', found: ['1 generic-secret'] },
    { text: `API_SECRET="${token}" # production`, filename: 'deploy.sh', found: ['1 generic-secret'] },
    // An assignment to a logger's field is no log call.
    { text: `log.apiToken = "${token}";`, filename: 'src/setup.js', found: ['1 generic-secret'] },
    // A zsh theme is a shell script: its unquoted values are literals.
    { text: `export PROMPT_API_TOKEN=${apiKey}`, filename: 'themes/remote.zsh-theme', found: ['1 generic-secret'] },
    // A value with a run of the alphabet in it, or a digest of something, is still a value.
    { text: 'api_key = "a7Qz2abcdexK9m3Lp"', filename: 'client.py', found: ['1 generic-secret'] },
    { text: "secret = 'd41d8cd98f00b204e9800998ecf8427f'", filename: 'hashes.py', found: ['1 generic-secret'] },
  ],
});

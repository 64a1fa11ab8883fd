// Lint, and the layering of DESIGN.md and docs/architecture.md: cli → server → engine; inside the server,
// api → domain → store, with SQL text only in store/; vendor APIs stay apart; rules stay pure.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const VENDORS = ['qodana', 'scrutinizer', 'codacy', 'codestax', 'graphql', 'scanner', 'dashboard'];

// Flat config lets a later block replace an earlier one's rule, so every area lists all of its limits.
const SERVER = [
  { group: ['@plumb/cli', '@plumb/cli/*'], message: 'The server never imports the CLI (cli → server → engine).' },
];
const DATABASE = ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'pg-boss'];
const HTTP = [
  {
    group: [...DATABASE, '**/store/*', '**/store/*/**', '!**/store/index.js'],
    message: 'The HTTP layer never talks SQL: call a domain service.',
  },
  {
    group: ['**/store/index.js'],
    importNames: ['schema', 'inTransaction', 'rowsOf'],
    message: 'The HTTP layer never touches tables or transactions: call a domain service.',
  },
  {
    group: ['**/domain/*/*', '!**/domain/*/index.js', '**/domain/provisioning.js'],
    message:
      "The HTTP layer calls the domain through each concept's index (domain/<concept>/index.js), never its files " +
      'and never provisioning (operator-only, no caller).',
  },
  { group: ['**/jobs/**'], message: 'The HTTP layer enqueues work through the domain, never runs jobs.' },
];
const DOMAIN = [
  {
    group: ['fastify', '@fastify/*', '**/api/**', '**/auth/**', '**/jobs/**'],
    message: 'Domain services know nothing of HTTP or jobs.',
  },
  {
    group: ['**/git/**', '!**/git/url-policy.js'],
    message: 'The domain runs no git: it may check a git URL with git/url-policy.js, the jobs fetch and check out.',
  },
  {
    group: ['drizzle-orm'],
    importNames: ['sql'],
    message: 'SQL text is written in store/ only (store/sql.ts): the domain uses Drizzle’s query builder.',
  },
  {
    group: ['pg', '@electric-sql/*', '**/store/connection.js'],
    message: 'The domain reaches the database through store/index.js.',
  },
];
const STORE = [
  {
    group: ['fastify', '@fastify/*', '**/api/**', '**/auth/**', '**/domain/**', '**/jobs/**'],
    message: 'store/ is the bottom layer: it imports no layer above it.',
  },
];
const CRYPTO = [
  {
    group: [
      'fastify',
      '@fastify/*',
      ...DATABASE,
      '**/api/**',
      '**/auth/**',
      '**/domain/**',
      '**/jobs/**',
      '**/store/**',
    ],
    message: 'crypto/ holds primitives: it imports no layer of the server.',
  },
];
const GIT = [
  {
    group: [
      'fastify',
      '@fastify/*',
      ...DATABASE,
      '**/api/**',
      '**/auth/**',
      '**/store/**',
      '**/jobs/**',
      '**/domain/**',
      '!**/domain/errors.js',
    ],
    message: 'git/ runs the git binary for the jobs: it imports node built-ins and domain/errors.js at most.',
  },
];
const JOBS = [
  { group: ['fastify', '@fastify/*', '**/api/**'], message: 'Jobs call the domain; they know nothing of HTTP.' },
];

const restrict = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.plumb/**',
      '.bench/**',
      '**/__fixtures__/**',
      'packages/engine/test-fixtures/**',
      'packages/engine/test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  restrict(
    ['packages/engine/src/**'],
    [
      {
        group: ['@plumb/server', '@plumb/server/*', '@plumb/cli', '@plumb/cli/*'],
        message: 'The engine is a pure library: it never imports the server or the CLI.',
      },
      {
        group: [
          'node:http',
          'node:https',
          'node:net',
          'pg',
          'drizzle-orm',
          'drizzle-orm/*',
          '@electric-sql/*',
          'fastify',
        ],
        message: 'The engine has no network, no database and no HTTP.',
      },
    ],
  ),
  {
    ...restrict(
      ['packages/engine/src/rules/**'],
      [
        {
          group: [
            '@plumb/server',
            '@plumb/server/*',
            '@plumb/cli',
            '@plumb/cli/*',
            'node:http',
            'node:https',
            'node:net',
            'pg',
            'drizzle-orm',
            'fastify',
          ],
          message: 'The engine is a pure library: no server, CLI, network or database.',
        },
        {
          group: [
            'fs',
            'fs/*',
            'node:fs',
            'node:fs/*',
            'child_process',
            'node:child_process',
            'worker_threads',
            'node:worker_threads',
          ],
          message: 'A rule sees only the tree it is given: no file system, processes or threads.',
        },
        {
          group: [
            '**/analyze.js',
            '**/prestart.js',
            '**/worker/**',
            '**/walk/**',
            '**/linters/**',
            '**/report/**',
            '**/aggregate/**',
          ],
          message: 'A rule is called by the pipeline; it never imports it.',
        },
      ],
    ),
    ignores: ['packages/engine/src/rules/**/*.test.ts'],
  },
  {
    ...restrict(['packages/server/src/**'], SERVER),
    ignores: [
      'packages/server/src/domain/**',
      'packages/server/src/api/**',
      'packages/server/src/auth/**',
      'packages/server/src/store/**',
      'packages/server/src/crypto/**',
      'packages/server/src/jobs/**',
      'packages/server/src/git/**',
      'packages/server/src/app.ts',
    ],
  },
  {
    ...restrict(['packages/server/src/domain/**'], [...SERVER, ...DOMAIN]),
    ignores: ['packages/server/src/domain/**/*.test.ts'],
  },
  {
    ...restrict(['packages/server/src/store/**'], [...SERVER, ...STORE]),
    ignores: ['packages/server/src/store/**/*.test.ts'],
  },
  restrict(['packages/server/src/crypto/**'], [...SERVER, ...CRYPTO]),
  restrict(['packages/server/src/jobs/**'], [...SERVER, ...JOBS]),
  restrict(['packages/server/src/git/**'], [...SERVER, ...GIT]),
  restrict(
    ['packages/server/src/api/*.ts', 'packages/server/src/auth/**', 'packages/server/src/app.ts'],
    [...SERVER, ...HTTP],
  ),
  ...VENDORS.map((vendor) =>
    restrict(
      [`packages/server/src/api/${vendor}/**`],
      [
        ...SERVER,
        ...HTTP,
        {
          group: VENDORS.filter((other) => other !== vendor).map((other) => `**/${other}/**`),
          message: `api/${vendor} never imports another vendor's module.`,
        },
      ],
    ),
  ),
  // The dashboard runs in the browser and reads Plumb over HTTP only (DESIGN.md: web → HTTP only).
  {
    ...restrict(
      ['packages/web/src/**'],
      [
        {
          group: ['@plumb/*', '**/server/**', '**/engine/**', '**/cli/**', 'node:*'],
          message: 'The dashboard reads Plumb over HTTP only: it imports no package of the server, engine or CLI.',
        },
      ],
    ),
    languageOptions: { globals: { ...globals.browser } },
  },
  // Tests set up their worlds through the store and provisioning, and inspect stored state directly.
  {
    files: ['packages/server/src/api/**/*.test.ts', 'packages/server/src/api/**/*.case.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // Lines of at most 120 characters: Prettier wraps code, but not strings and comments.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: false }] },
  },
);

// Lint, and the layering of DESIGN.md: cli → server → engine; store/ alone speaks SQL; vendor APIs stay apart.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const VENDORS = ['qodana', 'scrutinizer', 'codacy', 'codestax', 'graphql', 'scanner'];

// Flat config lets a later block replace an earlier one's rule, so every area lists all of its limits.
const SERVER = [
  { group: ['@plumb/cli', '@plumb/cli/*'], message: 'The server never imports the CLI (cli → server → engine).' },
];
const HTTP = [
  {
    group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', '**/store/*', '!**/store/index.js'],
    message: 'The HTTP layer never talks SQL: call a domain service.',
  },
];
const DOMAIN = [{ group: ['fastify', '**/api/**'], message: 'Domain services know nothing of HTTP.' }];

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
    ...restrict(['packages/server/src/**'], SERVER),
    ignores: [
      'packages/server/src/domain/**',
      'packages/server/src/api/**',
      'packages/server/src/auth/**',
      'packages/server/src/app.ts',
    ],
  },
  restrict(['packages/server/src/domain/**'], [...SERVER, ...DOMAIN]),
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
);

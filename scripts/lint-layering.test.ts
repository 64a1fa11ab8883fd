import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering of DESIGN.md is enforced by lint: each case lints a would-be file at a real path.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

describe('layering lint', () => {
  it.each([
    ['packages/engine/src/probe.ts', "import { buildApp } from '@plumb/server';", /never imports the server/],
    ['packages/engine/src/probe.ts', "import pg from 'pg';", /no network, no database/],
    ['packages/server/src/domain/probe.ts', "import { main } from '@plumb/cli';", /never imports the CLI/],
    ['packages/server/src/api/scrutinizer/probe.ts', "import { sql } from 'drizzle-orm';", /never talks SQL/],
    [
      'packages/server/src/api/scrutinizer/probe.ts',
      "import { x } from '../qodana/errors.js';",
      /never imports another vendor/,
    ],
    ['packages/server/src/domain/probe.ts', "import type { FastifyInstance } from 'fastify';", /know nothing of HTTP/],
  ])('%s may not: %s', async (filePath, code, message) => {
    const messages = await restrictedImportMessages(filePath, `${code}\nexport const probe = 1;\n`);
    expect(messages.some((text) => message.test(text))).toBe(true);
  });

  it.each([
    ['packages/cli/src/probe.ts', "import { buildApp } from '@plumb/server';"],
    ['packages/server/src/domain/probe.ts', "import { sql } from 'drizzle-orm';"],
    ['packages/server/src/api/scrutinizer/probe.ts', "import { NotFound } from '../../domain/index.js';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImportMessages(filePath, `${code}\nexport const probe = 1;\n`)).toEqual([]);
  });
});

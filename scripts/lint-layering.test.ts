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
    ['packages/server/src/api/probe.ts', "import { schema } from '../store/index.js';", /never touches tables/],
    [
      'packages/server/src/api/codacy/probe.ts',
      "import { schema } from '../../store/index.js';",
      /never touches tables/,
    ],
    ['packages/server/src/api/codacy/probe.ts', "import * as s from '../../store/schema.js';", /never talks SQL/],
    [
      'packages/server/src/api/qodana/probe.ts',
      "import { x } from '../../domain/teams/teams.js';",
      /each concept's index/,
    ],
    [
      'packages/server/src/api/qodana/probe.ts',
      "import { bootstrapOrganization } from '../../domain/provisioning.js';",
      /never provisioning/,
    ],
    ['packages/server/src/auth/probe.ts', "import { eq } from 'drizzle-orm';", /never talks SQL/],
    ['packages/server/src/domain/teams/probe.ts', "import { sql } from 'drizzle-orm';", /SQL text is written in store/],
    ['packages/server/src/domain/probe.ts', "import pg from 'pg';", /through store\/index/],
    ['packages/server/src/store/probe.ts', "import { NotFound } from '../domain/errors.js';", /bottom layer/],
    ['packages/server/src/store/probe.ts', "import type { FastifyInstance } from 'fastify';", /bottom layer/],
    ['packages/server/src/crypto/probe.ts', "import { openStore } from '../store/index.js';", /primitives/],
    ['packages/server/src/crypto/probe.ts', "import { NotFound } from '../domain/errors.js';", /primitives/],
    ['packages/server/src/jobs/probe.ts', "import { qodana } from '../api/qodana/index.js';", /know nothing of HTTP/],
    ['packages/server/src/jobs/probe.ts', "import Fastify from 'fastify';", /know nothing of HTTP/],
    ['packages/server/src/git/probe.ts', "import { openStore } from '../store/index.js';", /node built-ins/],
    ['packages/server/src/git/probe.ts', "import { findProject } from '../domain/projects/index.js';", /built-ins/],
    ['packages/server/src/git/probe.ts', "import { x } from '../jobs/analysis.js';", /node built-ins/],
    ['packages/server/src/git/probe.ts', "import { x } from '../api/scrutinizer/index.js';", /node built-ins/],
    ['packages/server/src/git/probe.ts', "import Fastify from 'fastify';", /node built-ins/],
    [
      'packages/server/src/domain/projects/probe.ts',
      "import { fetchMirror } from '../../git/index.js';",
      /runs no git/,
    ],
    ['packages/server/src/domain/probe.ts', "import { runGit } from '../git/run.js';", /runs no git/],
    ['packages/engine/src/rules/go/probe.ts', "import { readFileSync } from 'node:fs';", /no file system/],
    ['packages/engine/src/rules/go/probe.ts', "import { spawn } from 'node:child_process';", /no file system/],
    ['packages/engine/src/rules/go/probe.ts', "import { analyze } from '../../analyze.js';", /never imports it/],
    ['packages/engine/src/rules/c/probe.ts', "import { walk } from '../../walk/walk.js';", /never imports it/],
  ])('%s may not: %s', async (filePath, code, message) => {
    const messages = await restrictedImportMessages(filePath, `${code}\nexport const probe = 1;\n`);
    expect(messages.some((text) => message.test(text))).toBe(true);
  });

  it.each([
    ['packages/cli/src/probe.ts', "import { buildApp } from '@plumb/server';"],
    ['packages/server/src/domain/probe.ts', "import { eq } from 'drizzle-orm';"],
    ['packages/server/src/domain/probe.ts', "import { schema } from '../store/index.js';"],
    ['packages/server/src/store/probe.ts', "import { sql } from 'drizzle-orm';"],
    ['packages/server/src/api/scrutinizer/probe.ts', "import { findTeam } from '../../domain/teams/index.js';"],
    ['packages/server/src/api/scrutinizer/probe.ts', "import { NotFound } from '../../domain/errors.js';"],
    ['packages/server/src/api/scrutinizer/probe.ts', "import type { Store } from '../../store/index.js';"],
    ['packages/engine/src/rules/go/probe.ts', "import { syntax } from '../support/syntax.js';"],
    ['packages/server/src/git/probe.ts', "import { execFile } from 'node:child_process';"],
    ['packages/server/src/git/probe.ts', "import { Invalid } from '../domain/errors.js';"],
    ['packages/server/src/domain/projects/probe.ts', "import { checkGitUrl } from '../../git/url-policy.js';"],
    ['packages/server/src/jobs/probe.ts', "import { fetchMirror } from '../git/index.js';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImportMessages(filePath, `${code}\nexport const probe = 1;\n`)).toEqual([]);
  });
});

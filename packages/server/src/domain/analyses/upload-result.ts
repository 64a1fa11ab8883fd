import { createGunzip } from 'node:zlib';
import { permitted, type Analysis as EngineAnalysis } from '@plumb/engine';
import { schema } from '../../store/index.js';
import { Invalid, LimitReached } from '../errors.js';
import { requireRef, requireRevision } from './analyses.js';
import type { NewLinesAgainst } from '../gates/index.js';
import { checkUploadedCoverage, type UploadedCoverage } from './upload-coverage.js';
import { checkUploadedNewLines } from './upload-new-lines.js';

/** How big an upload of `plumb scan` may be: its gzip bytes, and the JSON they inflate to. */
export interface UploadLimits {
  /** Compressed bytes of the request body. */
  maxUploadBytes: number;
  /** Bytes of JSON the gzip inflates to; inflating stops there, so a zip bomb costs nothing. */
  maxResultBytes: number;
}

const MIB = 1024 * 1024;

/**
 * 50 MiB of gzip, 256 MiB of JSON: a result of several hundred thousand findings. The inflated JSON is parsed in
 * memory, so the second limit is what bounds the server's memory per upload.
 */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxUploadBytes: 50 * MIB, maxResultBytes: 256 * MIB };

/** The limits, from `PLUMB_SCANNER_MAX_UPLOAD_BYTES` and `PLUMB_SCANNER_MAX_RESULT_BYTES` when set. */
export function uploadLimits(env: Record<string, string | undefined>): UploadLimits {
  const read = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`${name}: expected a number of bytes, got "${text}"`);
    return Number(text);
  };
  return {
    maxUploadBytes: read('PLUMB_SCANNER_MAX_UPLOAD_BYTES', DEFAULT_UPLOAD_LIMITS.maxUploadBytes),
    maxResultBytes: read('PLUMB_SCANNER_MAX_RESULT_BYTES', DEFAULT_UPLOAD_LIMITS.maxResultBytes),
  };
}

/** What `plumb scan` says about the revision it analyzed. */
export interface UploadMetadata {
  branch: string;
  revision: string;
  pullRequest: number | null;
  baseBranch: string | null;
  title: string | null;
}

/** An upload, read and checked: its metadata and the engine's result, as `plumb analyze --format json` writes it. */
export interface UploadDocument {
  metadata: UploadMetadata;
  result: EngineAnalysis;
  /** The coverage reports sent with it (`plumb scan --coverage`); empty when none. */
  coverage: UploadedCoverage[];
  /** The lines it added or changed against the gate's reference (`plumb scan` ran git diff); absent: not measured. */
  newLines?: NewLinesAgainst;
}

/** Inflates gzip bytes, refusing (LimitReached) as soon as the output passes `maxBytes`; bad gzip is Invalid. */
export async function inflateCapped(gzip: Uint8Array, maxBytes: number): Promise<Buffer> {
  if (gzip.length < 2 || gzip[0] !== 0x1f || gzip[1] !== 0x8b)
    throw new Invalid('body', 'gzip data (Content-Encoding: gzip, or Content-Type: application/gzip)');
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const gunzip = createGunzip();
    gunzip.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        gunzip.destroy();
        reject(new LimitReached(`body: the result inflates to more than the limit of ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    gunzip.on('error', (error: Error) => {
      if (done) return;
      done = true;
      reject(new Invalid('body', `gzip data that inflates whole (${error.message})`));
    });
    gunzip.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, size));
    });
    gunzip.end(gzip);
  });
}

/** Inflates, parses and checks an upload: the first bad field is named (Invalid), before anything is stored. */
export async function readUpload(gzip: Uint8Array, limits: UploadLimits): Promise<UploadDocument> {
  if (gzip.length > limits.maxUploadBytes)
    throw new LimitReached(`body: larger than the limit of ${limits.maxUploadBytes} bytes of gzip`);
  const json = await inflateCapped(gzip, limits.maxResultBytes);
  let document: unknown;
  try {
    document = JSON.parse(json.toString('utf8'));
  } catch (error) {
    throw new Invalid('body', `JSON once inflated (${(error as Error).message})`);
  }
  return checkUpload(document);
}

/** Checks a parsed upload document: `{metadata, result, coverage?, newLines?}`. */
export function checkUpload(document: unknown): UploadDocument {
  if (!isObject(document)) throw new Invalid('body', 'a JSON object with "metadata" and "result"');
  const metadata = checkMetadata(document.metadata);
  RESULT(document.result, 'result');
  const nul = findNul(document.result);
  if (nul !== undefined) throw new Invalid(`result${nul}`, 'text without NUL characters');
  const result = document.result as unknown as EngineAnalysis;
  requireUnique('result.files', result.files, (file) => file.filename, 'filename');
  requireUnique('result.duplicates', result.duplicates, (duplicate) => duplicate.id, 'id');
  const coverage = checkUploadedCoverage(document.coverage);
  const newLines = checkUploadedNewLines(document.newLines, result.files);
  return { metadata, result, coverage, ...(newLines && { newLines }) };
}

function checkMetadata(value: unknown): UploadMetadata {
  if (!isObject(value)) throw new Invalid('metadata', 'an object with branch and revision');
  const text = (field: string): string | undefined => {
    const item = value[field];
    if (item === undefined || item === null) return undefined;
    if (typeof item !== 'string') throw new Invalid(`metadata.${field}`, 'a string');
    return item;
  };
  const branch = text('branch');
  if (branch === undefined) throw new Invalid('metadata.branch', 'the branch analyzed');
  const revision = text('revision');
  if (revision === undefined) throw new Invalid('metadata.revision', 'the commit sha analyzed');
  const pullRequest = value.pullRequest ?? null;
  if (
    pullRequest !== null &&
    !(Number.isInteger(pullRequest) && (pullRequest as number) >= 1 && (pullRequest as number) <= MAX_INT)
  )
    throw new Invalid('metadata.pullRequest', 'a pull request number (a positive integer)');
  const baseBranch = text('baseBranch') ?? null;
  if (pullRequest !== null && baseBranch === null)
    throw new Invalid('metadata.baseBranch', 'the branch the pull request targets');
  const title = text('title') ?? null;
  if (title !== null && (title.length > 500 || title.trim() === ''))
    throw new Invalid('metadata.title', 'a title of 1 to 500 characters');
  return {
    branch: requireRef('metadata.branch', branch),
    revision: requireRevision('metadata.revision', revision),
    pullRequest: pullRequest as number | null,
    baseBranch: baseBranch === null ? null : requireRef('metadata.baseBranch', baseBranch),
    title: title === null ? null : title.replace(/\0/g, ''),
  };
}

/* A small checker of the fields the store reads, each naming the first bad field as `result.violations[3].line`. */

type Check = (value: unknown, path: string) => void;

const MAX_INT = 2 ** 31 - 1;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const expect =
  (expected: string, test: (value: unknown) => boolean): Check =>
  (value, path) => {
    if (!test(value)) throw new Invalid(path, expected);
  };

const STRING = expect('a string', (value) => typeof value === 'string');
/** A count or a line: what the store's integer columns hold. */
const INTEGER = expect(
  `an integer from 0 to ${MAX_INT}`,
  (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT,
);
const NUMBER = expect('a finite number', (value) => typeof value === 'number' && Number.isFinite(value));
const OBJECT = expect('an object', isObject);
const NULLABLE_STRING = expect('a string or null', (value) => value === null || typeof value === 'string');

const optional =
  (check: Check): Check =>
  (value, path) => {
    if (value !== undefined) check(value, path);
  };

function object(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (value, path) => {
    if (!isObject(value)) throw new Invalid(path, 'an object');
    for (const [name, check] of entries) check(value[name], `${path}.${name}`);
  };
}

function array(item: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) throw new Invalid(path, 'an array');
    for (let index = 0; index < value.length; index += 1) item(value[index], `${path}[${index}]`);
  };
}

const VIOLATION = object({
  rule: STRING,
  tool: STRING,
  category: STRING,
  level: STRING,
  severity: NUMBER,
  filename: STRING,
  line: INTEGER,
  lineEnd: INTEGER,
  column: INTEGER,
  description: STRING,
  help: optional(STRING),
  language: NULLABLE_STRING,
  remediationMinutes: INTEGER,
  codeHash: STRING,
  uniqueIdentifier: STRING,
});

const FUNCTION = object({
  filename: STRING,
  functionName: STRING,
  language: STRING,
  lineStart: INTEGER,
  lineEnd: INTEGER,
  complexity: INTEGER,
  cognitiveComplexity: INTEGER,
  length: INTEGER,
  nbParameters: INTEGER,
  nestingDepth: INTEGER,
});

/** A license of the audit: its source one the store knows, its SPDX expression one that parses. */
const LICENSE = object({
  name: STRING,
  version: NULLABLE_STRING,
  source: expect(`one of ${schema.LICENSE_SOURCES.join(', ')}`, (value) =>
    (schema.LICENSE_SOURCES as readonly unknown[]).includes(value),
  ),
  spdx: expect('an SPDX expression or null', (value) => value === null || isSpdxExpression(value)),
  declared: STRING,
  filename: STRING,
  line: INTEGER,
});

function isSpdxExpression(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    permitted(value, new Set(), new Set());
    return true;
  } catch {
    return false;
  }
}

const RESULT = object({
  startTimestamp: NUMBER,
  runningTimeSeconds: NUMBER,
  thresholds: OBJECT,
  summary: OBJECT,
  slocs: INTEGER,
  stats: array(OBJECT),
  errors: array(object({ type: STRING, filename: STRING, message: STRING })),
  tree: array(OBJECT),
  duplicates: array(
    object({
      id: INTEGER,
      lineCount: INTEGER,
      tokenCount: INTEGER,
      kind: STRING,
      code: STRING,
      occurrences: array(object({ filename: STRING, line: INTEGER, lineEnd: INTEGER })),
    }),
  ),
  complexFunctions: array(OBJECT),
  longFunctions: array(OBJECT),
  files: array(
    object({
      filename: STRING,
      language: STRING,
      code: INTEGER,
      comment: INTEGER,
      blank: INTEGER,
      duplicatedLines: INTEGER,
    }),
  ),
  functions: array(FUNCTION),
  violations: array(VIOLATION),
  techdebt: OBJECT,
  ratings: OBJECT,
  quality: OBJECT,
  rules: array(object({ id: STRING, tool: STRING, labels: array(STRING) })),
  // A `plumb scan` older than the license audit sends none.
  licenses: optional(object({ project: array(LICENSE), dependencies: array(LICENSE) })),
});

function requireUnique<T>(path: string, items: readonly T[], key: (item: T) => unknown, name: string): void {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) throw new Invalid(`${path}[${index}].${name}`, `a ${name} unique within ${path}`);
    seen.add(value);
  });
}

/** PostgreSQL text and jsonb cannot hold U+0000: the path of the first string (or key) carrying it. */
function findNul(root: unknown): string | undefined {
  // An explicit stack: a recursive walk overflows on a deeply nested value.
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push([value[index], `${path}[${index}]`]);
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return path;
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return undefined;
}

import { readFileSync } from 'node:fs';
import { CloneTokenVisitor } from '../duplication/tokenize-visitor.js';
import { functionMetricsVisitor } from '../metrics/functions/index.js';
import { countLines } from '../metrics/sloc.js';
import type { AnalysisErrorType } from '../model.js';
import { walkTree } from '../parse/walk-tree.js';
import { builtInRulesFor } from '../rules/index.js';
import { rustTestItemRanges } from '../roles/rust-test-items.js';
import { RulesVisitor } from '../rules/run-rules.js';
import { findSecrets } from '../secrets/index.js';
import { plumbRuleMeta, SuppressionCollector, suppressFindings } from '../suppressions/index.js';
import { exclusionByContent } from '../walk/generated.js';
import { errorTypeFor } from './error-type.js';
import { parseFile } from './parse-file.js';
import type { AnalyzedFile, FailedFile, FileAnalysisSettings, FileLimits, FileOutcome, FileTask } from './task.js';

/** Above this share of ERROR nodes the text is not the language its name says, so no metric would mean anything. */
const MAX_SYNTAX_ERROR_SHARE = 0.5;

function failed(task: FileTask, type: AnalysisErrorType, message: string): FailedFile {
  return {
    kind: 'failed',
    filename: task.filename,
    language: task.language,
    error: { type, filename: task.filename, message },
  };
}

function countNewlines(source: string): number {
  let count = 0;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Reads synchronously: a pool thread has nothing else to do meanwhile, and each promise step costs more than the read.
 */
function readSource(task: FileTask, limits: FileLimits): string | FailedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.absolutePath);
  } catch (error) {
    return failed(task, errorTypeFor(task.language), `cannot read: ${(error as Error).message}`);
  }
  if (bytes.length > limits.maxBytes)
    return failed(task, 'TooManyLines', `${bytes.length} bytes, over the limit of ${limits.maxBytes}`);
  if (bytes.includes(0)) return failed(task, errorTypeFor(task.language), 'cannot parse: binary content (NUL bytes)');
  return bytes.toString('utf8');
}

/**
 * Reads one file, parses it once, and runs every pass (size, functions, clone tokens, rules, secrets) on that one tree.
 */
export async function analyzeFile(task: FileTask, { limits, rules }: FileAnalysisSettings): Promise<FileOutcome> {
  const source = readSource(task, limits);
  if (typeof source !== 'string') return source;
  const lineCount = countNewlines(source) + 1;
  if (lineCount > limits.maxLines)
    return failed(task, 'TooManyLines', `${lineCount} lines, over the limit of ${limits.maxLines}`);
  const exclusion = exclusionByContent(source);
  if (exclusion) return { kind: 'excluded', filename: task.filename, reason: exclusion };
  let parse;
  try {
    parse = await parseFile(task.language, source);
  } catch (error) {
    return failed(task, errorTypeFor(task.language), `cannot parse: ${(error as Error).message}`);
  }
  const { tree, errorShare } = parse;
  try {
    const parsed = errorShare <= MAX_SYNTAX_ERROR_SHARE;
    const functions = functionMetricsVisitor(source, task.language);
    // Rules and clone tokens read the tree's structure, which a mostly broken tree does not have.
    const ruleFindings = new RulesVisitor(parsed ? builtInRulesFor(task.language) : [], {
      source,
      language: task.language,
      filename: task.filename,
      options: rules,
    });
    // One walk feeds the passes that read every node: each step of a cursor is a call into WebAssembly.
    const cloneTokens = new CloneTokenVisitor(tree, source, task.language);
    // Suppressions read comments, which a broken tree keeps: the secrets of an unparsed file honour them too.
    const suppressions = new SuppressionCollector(task.language, source, task.filename);
    walkTree(tree, parsed ? [functions, ruleFindings, cloneTokens, suppressions] : [functions, suppressions]);
    // Secret rules never apply to test code (`appliesToTests: false`): what a scan found there would be dropped.
    const secrets = task.role === 'test' ? [] : findSecrets(task.filename, source);
    const findings = [...ruleFindings.findings(), ...secrets];
    const suppressed = suppressions.suppressions();
    const moduleSuppressions = suppressed.filter((suppression) => suppression.modules);
    const outcome: AnalyzedFile = {
      kind: 'analyzed',
      filename: task.filename,
      language: task.language,
      role: task.role ?? 'main',
      lines: countLines(tree, source, task.language),
      functions: functions.functions(),
      tokens: cloneTokens.tokens(task.filename),
      findings: suppressFindings(findings, suppressed, plumbRuleMeta),
      ...(moduleSuppressions.length > 0 ? { moduleSuppressions } : {}),
      testRanges: task.language === 'rust' ? rustTestItemRanges(tree) : [],
      parsed,
    };
    if (parsed) return outcome;
    const message =
      `cannot parse: syntax errors cover ${Math.round(errorShare * 100)}% of the file ` +
      '(counted for size, whole functions and secrets only)';
    return { ...outcome, parseError: { type: errorTypeFor(task.language), filename: task.filename, message } };
  } catch (error) {
    return failed(task, errorTypeFor(task.language), `analysis failed: ${(error as Error).message}`);
  } finally {
    tree.delete();
  }
}

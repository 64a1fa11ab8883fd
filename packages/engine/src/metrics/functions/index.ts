import type { LanguageId } from '../../languages/registry.js';
import { cSpec } from './languages/c.js';
import { cppSpec } from './languages/cpp.js';
import { goSpec } from './languages/go.js';
import { javaSpec } from './languages/java.js';
import { javascriptSpec } from './languages/javascript.js';
import { phpSpec } from './languages/php.js';
import { pythonSpec } from './languages/python.js';
import { rubySpec } from './languages/ruby.js';
import { rustSpec } from './languages/rust.js';
import { scalaSpec } from './languages/scala.js';
import { shellSpec } from './languages/shell.js';
import type { FunctionSpec } from './spec.js';
import type { FunctionExtractor, FunctionMetrics } from './types.js';
import { FunctionMetricsVisitor, measureFunctions } from './walker.js';

export type { FunctionExtractor, FunctionMetrics } from './types.js';

const SPECS: Record<LanguageId, FunctionSpec> = {
  c: cSpec,
  cpp: cppSpec,
  javascript: javascriptSpec,
  typescript: javascriptSpec,
  tsx: javascriptSpec,
  python: pythonSpec,
  java: javaSpec,
  go: goSpec,
  rust: rustSpec,
  ruby: rubySpec,
  php: phpSpec,
  scala: scalaSpec,
  shell: shellSpec,
};

/** Every function of one parsed file with its metrics. Synchronous: it only walks the tree it is given. */
export const extractFunctions: FunctionExtractor = (tree, source, language) =>
  measureFunctions(tree, source, SPECS[language]);

/** The same measurement as a visitor of a walk shared with other passes; read `functions()` once the walk is over. */
export const functionMetricsVisitor = (source: string, language: LanguageId): FunctionMetricsVisitor =>
  new FunctionMetricsVisitor(source, SPECS[language]);

/** The limits above which a function is reported as complex or long (Codiga's ComplexFunction). */
export interface FunctionThresholds {
  /** Cyclomatic complexity a function may reach; above it, it is complex. */
  complexity: number;
  /** NLOC a function may reach; above it, it is long. */
  length: number;
}

export const DEFAULT_FUNCTION_THRESHOLDS: Readonly<FunctionThresholds> = { complexity: 15, length: 100 };

/** True when the function's cyclomatic complexity exceeds the threshold. */
export function isComplexFunction(fn: FunctionMetrics, thresholds: Partial<FunctionThresholds> = {}): boolean {
  return fn.complexity > (thresholds.complexity ?? DEFAULT_FUNCTION_THRESHOLDS.complexity);
}

/** True when the function's length (NLOC) exceeds the threshold. */
export function isLongFunction(fn: FunctionMetrics, thresholds: Partial<FunctionThresholds> = {}): boolean {
  return fn.length > (thresholds.length ?? DEFAULT_FUNCTION_THRESHOLDS.length);
}

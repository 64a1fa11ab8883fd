import { languageSpec } from '../languages/registry.js';
import { isComplexFunction, isLongFunction, type FunctionThresholds } from '../metrics/functions/index.js';
import type { AnalysisFunction, ComplexFunction } from '../model.js';
import { compareText } from '../order.js';
import type { CodeRole } from '../roles/code-role.js';
import type { AnalyzedFile } from '../worker/task.js';

/** Every function of the analysis with its role, by file, then start line, then name. */
export function collectFunctions(
  files: readonly AnalyzedFile[],
  roleOf: (place: { filename: string; line: number }) => CodeRole,
): AnalysisFunction[] {
  const functions = files.flatMap((file) =>
    file.functions.map((fn): AnalysisFunction => ({
      complexity: fn.complexity,
      filename: file.filename,
      functionName: fn.functionName,
      length: fn.length,
      lineStart: fn.lineStart,
      lineEnd: fn.lineEnd,
      nbParameters: fn.nbParameters,
      language: languageSpec(file.language).codiga,
      cognitiveComplexity: fn.cognitiveComplexity,
      nestingDepth: fn.nestingDepth,
      role: roleOf({ filename: file.filename, line: fn.lineStart }),
    })),
  );
  return functions.sort(
    (a, b) =>
      compareText(a.filename, b.filename) ||
      a.lineStart - b.lineStart ||
      a.lineEnd - b.lineEnd ||
      compareText(a.functionName, b.functionName),
  );
}

function toComplexFunction(fn: AnalysisFunction): ComplexFunction {
  const { complexity, filename, functionName, length, lineStart, lineEnd, nbParameters, language } = fn;
  return { complexity, filename, functionName, length, lineStart, lineEnd, nbParameters, language };
}

const byPosition = (a: ComplexFunction, b: ComplexFunction) =>
  compareText(a.filename, b.filename) || a.lineStart - b.lineStart;

/** Functions over the complexity threshold, most complex first. */
export function complexFunctions(
  functions: readonly AnalysisFunction[],
  thresholds: FunctionThresholds,
): ComplexFunction[] {
  return functions
    .filter((fn) => isComplexFunction(fn, thresholds))
    .map(toComplexFunction)
    .sort((a, b) => b.complexity - a.complexity || byPosition(a, b));
}

/** Functions over the length threshold, longest first. */
export function longFunctions(
  functions: readonly AnalysisFunction[],
  thresholds: FunctionThresholds,
): ComplexFunction[] {
  return functions
    .filter((fn) => isLongFunction(fn, thresholds))
    .map(toComplexFunction)
    .sort((a, b) => b.length - a.length || byPosition(a, b));
}

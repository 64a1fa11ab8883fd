import type { UntrackedFinding } from '../../findings/types.js';
import { ruffRating } from './ratings.js';

/** What Plumb keeps of one Ruff diagnostic. */
export interface RuffDiagnostic {
  filename: string;
  code: string;
  message: string;
  help?: string;
  line: number;
  lineEnd: number;
  column: number;
}

export function ruffDiagnosticToFinding(diagnostic: RuffDiagnostic): UntrackedFinding {
  const rating = ruffRating(diagnostic.code);
  return {
    rule: diagnostic.code,
    tool: 'ruff',
    category: rating.category,
    severity: rating.severity,
    filename: diagnostic.filename,
    line: diagnostic.line,
    lineEnd: diagnostic.lineEnd,
    column: diagnostic.column,
    description: diagnostic.message,
    ...(diagnostic.help ? { help: diagnostic.help } : {}),
    language: 'Python',
    remediationMinutes: rating.remediationMinutes,
  };
}

import { describe, expect, it } from 'vitest';
import type { ViolationCategory } from '../findings/types.js';
import { untracked } from '../tracking/fixtures.case.js';
import { dropFindingsOutOfScopeInTests } from './test-findings.js';

const finding = (filename: string, line: number, rule: string) => untracked(filename, line, { rule });

const categories: Record<string, ViolationCategory> = { bug: 'Error_Prone', style: 'Code_Style' };

describe('dropFindingsOutOfScopeInTests', () => {
  it('keeps every finding of main code and, in test files and test items, the rules that apply to tests', () => {
    const findings = [
      finding('src/lib.rs', 2, 'style'),
      finding('src/lib.rs', 12, 'style'),
      finding('src/lib.rs', 13, 'bug'),
      finding('tests/it.rs', 1, 'style'),
      finding('tests/it.rs', 2, 'bug'),
    ];
    const kept = dropFindingsOutOfScopeInTests(
      findings,
      {
        roleOf: (filename) => (filename.startsWith('tests/') ? 'test' : 'main'),
        testRanges: new Map([['src/lib.rs', [{ line: 10, lineEnd: 20 }]]]),
      },
      (one) => ({ tool: one.tool, id: one.rule, category: categories[one.rule]! }),
    );
    expect(kept.map((one) => `${one.filename}:${one.line} ${one.rule}`)).toEqual([
      'src/lib.rs:2 style',
      'src/lib.rs:13 bug',
      'tests/it.rs:2 bug',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSource } from '../../parse/parser.js';
import { runRules } from '../run-rules.js';
import { DEFAULT_RULE_OPTIONS } from '../types.js';
import { rule } from './using-namespace-in-header.js';

// The shared table tester names every case `case.cpp`; this rule depends on the file name, so it runs rules directly.
async function linesReported(filename: string, code: string): Promise<number[]> {
  const tree = await parseSource('cpp', code);
  try {
    return runRules([rule], { tree, source: code, language: 'cpp', filename, options: DEFAULT_RULE_OPTIONS }).map((finding) => finding.line);
  } finally {
    tree.delete();
  }
}

describe('cpp/using-namespace-in-header', () => {
  it.each([
    ['widget.hpp', '#pragma once\nusing namespace std;\nstring name();', [2]],
    ['include/widget.hh', 'namespace app {\nusing namespace std::chrono;\n}', [2]],
    ['widget.HPP', 'using namespace boost;', [1]],
  ])('reports a file-scope directive in %s', async (filename, code, lines) => {
    expect(await linesReported(filename, code)).toEqual(lines);
  });

  it.each([
    ['widget.cpp', 'using namespace std;'],
    ['widget.hpp', 'using std::string;'],
    ['widget.hpp', 'inline void f() { using namespace std::literals; g(1s); }'],
    ['widget.hpp', 'namespace app { using namespace_alias = int; }'],
  ])('leaves %s alone: %s', async (filename, code) => {
    expect(await linesReported(filename, code)).toEqual([]);
  });

  it('says what leaks', async () => {
    const tree = await parseSource('cpp', 'using namespace std;');
    const [finding] = runRules([rule], { tree, source: 'using namespace std;', language: 'cpp', filename: 'a.hpp', options: DEFAULT_RULE_OPTIONS });
    tree.delete();
    expect(finding?.description).toBe('`using namespace std` in a header leaks into every file that includes it.');
  });
});

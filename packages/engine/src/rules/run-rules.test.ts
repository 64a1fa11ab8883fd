import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/parser.js';
import { runRules } from './run-rules.js';
import { rule as backticks } from './shell/backticks.js';
import { DEFAULT_RULE_OPTIONS } from './types.js';

async function backtickLines(source: string): Promise<number[]> {
  const tree = await parseSource('shell', source);
  try {
    const input = { tree, source, language: 'shell' as const, filename: 'a.zsh', options: DEFAULT_RULE_OPTIONS };
    return runRules([backticks], input).map((finding) => finding.line);
  } finally {
    tree.delete();
  }
}

describe('runRules on a tree with syntax errors', () => {
  it('reports in the definitions built whole inside an ERROR node', async () => {
    // `$+commands[x]` is zsh: the bash grammar wraps the rest of the file in one ERROR node.
    const source =
      'if ! (( $+commands[x] )); then\n  return\nfi\nf() {\n  echo "$1" `date`\n}\ng() {\n  echo `id`\n}\n';
    const tree = await parseSource('shell', source);
    const rootType = tree.rootNode.type;
    tree.delete();
    expect(rootType).toBe('ERROR');
    expect(await backtickLines(source)).toEqual([5, 8]);
  });

  it('does not report in the fragments of an ERROR node', async () => {
    // zsh's `=( … )` makes the bash grammar read the lines after it as strings.
    const source = [
      'if (( $+commands[x] )); then',
      '  () {',
      '    cp -f -- =( x completion ) "$T"',
      '  } &|',
      'fi',
      'if (( $+commands[y] )); then',
      '  # bind it to `y` later',
      'fi',
    ].join('\n');
    expect(await backtickLines(source)).toEqual([]);
  });

  it('reports everywhere in a tree without errors', async () => {
    expect(await backtickLines('a=`id`\nif true; then\n  b=`date`\nfi\n')).toEqual([1, 3]);
  });
});

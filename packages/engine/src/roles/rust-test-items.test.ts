import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/parser.js';
import { rustTestItemRanges } from './rust-test-items.js';

async function rangesOf(source: string) {
  const tree = await parseSource('rust', source);
  try {
    return rustTestItemRanges(tree);
  } finally {
    tree.delete();
  }
}

describe('rustTestItemRanges', () => {
  it('finds #[cfg(test)] modules with their attributes, and #[test] functions outside them', async () => {
    const source = [
      'pub fn add(a: u8, b: u8) -> u8 { a + b }', // 1
      '', // 2
      '#[cfg(test)]', // 3
      '#[allow(unused)]', // 4
      'mod tests {', // 5
      '    #[test]', // 6
      '    fn adds() { assert_eq!(super::add(1, 2), 3); }', // 7
      '}', // 8
      '', // 9
      '#[tokio::test]', // 10
      'async fn serves() {}', // 11
      '', // 12
      '#[cfg(feature = "std")]', // 13
      'mod io {}', // 14
    ].join('\n');
    expect(await rangesOf(source)).toEqual([
      { line: 3, lineEnd: 8 },
      { line: 10, lineEnd: 11 },
    ]);
  });

  it('finds none in a file without test items', async () => {
    expect(await rangesOf('#[inline]\nfn f() {}\n#[cfg(not(test))]\nmod real {}\n')).toEqual([]);
  });
});

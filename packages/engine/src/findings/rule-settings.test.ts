import { describe, expect, it } from 'vitest';
import { rulesOffByDefault } from '../catalog.js';
import { applyRuleSettings } from './rule-settings.js';
import type { UntrackedFinding } from './types.js';

const finding = (rule: string, severity = 'moderate'): UntrackedFinding =>
  ({
    tool: 'plumb',
    rule,
    filename: 'src/A.java',
    line: 1,
    column: 1,
    severity,
    description: '',
    category: 'Design',
  }) as unknown as UntrackedFinding;
const OFF = new Set(['plumb/java/deep-nesting']);
const kept = (settings: Parameters<typeof applyRuleSettings>[1]) =>
  applyRuleSettings([finding('java/deep-nesting'), finding('java/too-many-parameters')], settings, OFF).map((f) => [
    f.rule,
    f.severity,
  ]);

describe('applyRuleSettings with rules off by default', () => {
  it('drops the findings of a rule off by default that no setting switches on', () => {
    expect(kept({})).toEqual([['java/too-many-parameters', 'moderate']]);
    expect(kept({ 'java/deep-nesting': 'off' })).toEqual([['java/too-many-parameters', 'moderate']]);
  });

  it('keeps them where `on` switches the rule on at its own severity, or a severity re-rates it', () => {
    expect(kept({ 'java/deep-nesting': 'on' })).toEqual([
      ['java/deep-nesting', 'moderate'],
      ['java/too-many-parameters', 'moderate'],
    ]);
    expect(kept({ 'plumb/java/deep-nesting': 'low', 'java/too-many-parameters': 'on' })).toEqual([
      ['java/deep-nesting', 'low'],
      ['java/too-many-parameters', 'moderate'],
    ]);
  });

  it('knows the threshold, hotspot and restriction rules and those that did not hold up as off by default', () => {
    const off = [...rulesOffByDefault()];
    expect(off).toContain('plumb/java/deep-nesting');
    expect(off).toContain('plumb/c/too-many-parameters');
    expect(off).toContain('plumb/shell/deep-nesting');
    expect(
      off.filter((id) => !/^plumb\/[a-z]+\/(?:deep-nesting|too-many-parameters|[a-z-]+-hotspot)$/.test(id)).sort(),
    ).toEqual([
      // Below 50% accepted on untuned repositories, or mirroring a check its own tools leave opt-in (docs/rules.md).
      'plumb/c/scanf-unbounded-string',
      'plumb/c/unbounded-string-copy',
      'plumb/cpp/unbounded-string-copy',
      'plumb/go/context-not-first',
      'plumb/go/defer-in-loop',
      'plumb/java/catch-throwable',
      'plumb/java/empty-catch-block',
      'plumb/java/system-out-print',
      'plumb/php/debug-output',
      'plumb/php/empty-catch',
      'plumb/php/loose-comparison',
      'plumb/rust/dbg-macro',
      'plumb/rust/len-zero',
      'plumb/rust/todo-macro',
      'plumb/rust/undocumented-unsafe-block',
      'plumb/scala/boolean-comparison',
      'plumb/scala/catch-throwable',
      'plumb/scala/empty-catch-case',
      'plumb/scala/option-get',
      'plumb/scala/return-statement',
      'plumb/scala/size-comparison',
      'plumb/shell/read-without-r',
      'plumb/shell/unquoted-test-operand',
    ]);
    expect(off.filter((id) => id.endsWith('-hotspot')).sort()).toEqual([
      'plumb/c/shell-command-hotspot',
      'plumb/php/command-injection-hotspot',
      'plumb/php/eval-hotspot',
      'plumb/php/extract-hotspot',
      'plumb/php/unserialize-hotspot',
      'plumb/ruby/command-injection-hotspot',
      'plumb/ruby/eval-hotspot',
    ]);
  });
});

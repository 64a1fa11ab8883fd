import { describe, expect, it } from 'vitest';
import { Invalid } from '../errors.js';
import { conditionsFromConfig, parseConditions } from './parse.js';
import type { ParsedCondition } from './types.js';

/** A parsed condition without its source (distributed over the union). */
type Shape = ParsedCondition extends infer C ? (C extends unknown ? Omit<C, 'source'> : never) : never;

/** The parse of one condition, without its source. */
function parsed(condition: string): Shape {
  const [first] = parseConditions([condition]);
  const { source, ...rest } = first!;
  expect(source).toBe(condition);
  return rest;
}

/** The Invalid raised for a list, as `{field, message}`. */
function refusal(list: unknown): { field: string; message: string } {
  try {
    parseConditions(list);
  } catch (error) {
    if (error instanceof Invalid) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected Invalid');
}

describe('parseConditions', () => {
  it.each<[string, Shape]>([
    [
      'elements.rating(<= D).new.exists',
      {
        scope: 'elements',
        filters: [{ kind: 'rating', op: '<=', rating: 'D' }, { kind: 'new' }],
        assertion: { kind: 'exists' },
      },
    ],
    [
      'classes.rating(<= C).exists',
      { scope: 'classes', filters: [{ kind: 'rating', op: '<=', rating: 'C' }], assertion: { kind: 'exists' } },
    ],
    [
      'operations.rating(<= D).new.count > 3',
      {
        scope: 'operations',
        filters: [{ kind: 'rating', op: '<=', rating: 'D' }, { kind: 'new' }],
        assertion: { kind: 'count', comparison: { op: '>', value: 3 } },
      },
    ],
    ['issues.new.exists', { scope: 'issues', filters: [{ kind: 'new' }], assertion: { kind: 'exists' } }],
    [
      'issues.count > 5',
      { scope: 'issues', filters: [], assertion: { kind: 'count', comparison: { op: '>', value: 5 } } },
    ],
    [
      'issues.severity(>= MAJOR).new.exists',
      {
        scope: 'issues',
        filters: [{ kind: 'severity', op: '>=', severity: 'MAJOR' }, { kind: 'new' }],
        assertion: { kind: 'exists' },
      },
    ],
    [
      'issues.severity(= CRITICAL).exists',
      {
        scope: 'issues',
        filters: [{ kind: 'severity', op: '=', severity: 'CRITICAL' }],
        assertion: { kind: 'exists' },
      },
    ],
    [
      'issues.label("coding-style").new.count > 5',
      {
        scope: 'issues',
        filters: [{ kind: 'label', label: 'coding-style' }, { kind: 'new' }],
        assertion: { kind: 'count', comparison: { op: '>', value: 5 } },
      },
    ],
    [
      "issues.label('security').new.exists",
      {
        scope: 'issues',
        filters: [{ kind: 'label', label: 'security' }, { kind: 'new' }],
        assertion: { kind: 'exists' },
      },
    ],
    [
      'project.metric("scrutinizer.quality", < 6)',
      { scope: 'project', check: 'metric', key: 'scrutinizer.quality', comparison: { op: '<', value: 6 } },
    ],
    [
      'project.metric("scrutinizer.test_coverage", < 0.60)',
      { scope: 'project', check: 'metric', key: 'scrutinizer.test_coverage', comparison: { op: '<', value: 0.6 } },
    ],
    [
      'project.metric_change("scrutinizer.test_coverage", < -0.1)',
      {
        scope: 'project',
        check: 'metric_change',
        key: 'scrutinizer.test_coverage',
        comparison: { op: '<', value: -0.1 },
      },
    ],
    [
      "project.metric_change('scrutinizer.test_coverage',<-.5)",
      {
        scope: 'project',
        check: 'metric_change',
        key: 'scrutinizer.test_coverage',
        comparison: { op: '<', value: -0.5 },
      },
    ],
    [
      'classes.metric("php_code_coverage.coverage", = 0).exists',
      {
        scope: 'classes',
        filters: [{ kind: 'metric', key: 'php_code_coverage.coverage', comparison: { op: '=', value: 0 } }],
        assertion: { kind: 'exists' },
      },
    ],
    [
      'patches.label("Doc Comments").exists',
      { scope: 'patches', filters: [{ kind: 'label', label: 'Doc Comments' }], assertion: { kind: 'exists' } },
    ],
    // Filters in any order, `==` read as `=`, lower-case ratings and severities.
    [
      'elements.new.rating(== f).count != 0',
      {
        scope: 'elements',
        filters: [{ kind: 'new' }, { kind: 'rating', op: '=', rating: 'F' }],
        assertion: { kind: 'count', comparison: { op: '!=', value: 0 } },
      },
    ],
    [
      'issues.new.severity(< major).label("bug").count<=2',
      {
        scope: 'issues',
        filters: [{ kind: 'new' }, { kind: 'severity', op: '<', severity: 'MAJOR' }, { kind: 'label', label: 'bug' }],
        assertion: { kind: 'count', comparison: { op: '<=', value: 2 } },
      },
    ],
    // Whitespace anywhere between the parts.
    [
      '  issues . severity ( >=  MAJOR ) . new . count >= 10  ',
      {
        scope: 'issues',
        filters: [{ kind: 'severity', op: '>=', severity: 'MAJOR' }, { kind: 'new' }],
        assertion: { kind: 'count', comparison: { op: '>=', value: 10 } },
      },
    ],
  ])('%s', (condition, expected) => {
    expect(parsed(condition)).toEqual(expected);
  });

  it('keeps each condition as configured, in order', () => {
    const list = ['issues.new.exists', ' classes.rating(<= C).exists '];
    expect(parseConditions(list).map((condition) => condition.source)).toEqual(list);
  });

  it('reads an absent list as no conditions', () => {
    expect(parseConditions(undefined)).toEqual([]);
    expect(parseConditions(null)).toEqual([]);
    expect(parseConditions([])).toEqual([]);
  });

  it.each<[unknown, string, string]>([
    ['issues.new.exists', 'build_failure_conditions', 'expected a list of condition strings'],
    [{ a: 1 }, 'build_failure_conditions', 'expected a list of condition strings'],
    [
      ['issues.new.exists', 3],
      'build_failure_conditions[1]',
      "expected a condition string such as 'issues.new.exists'",
    ],
    [['   '], 'build_failure_conditions[0]', "expected a condition such as 'issues.new.exists'"],
    [
      ['issues.new.exists', 'issues.new.exists', 'elements.ratin(<= D).exists'],
      'build_failure_conditions[2]',
      'unknown filter "ratin" (expected new, rating, metric, exists or count)',
    ],
    [
      ['issue.new.exists'],
      'build_failure_conditions[0]',
      'unknown scope "issue" (expected elements, classes, operations, issues, patches or project)',
    ],
    [
      ['issues.rating(<= D).exists'],
      'build_failure_conditions[0]',
      'filter "rating" does not apply to issues (expected new, label, severity, exists or count)',
    ],
    [
      ['operations.severity(>= MAJOR).exists'],
      'build_failure_conditions[0]',
      'filter "severity" does not apply to operations (expected new, rating, metric, exists or count)',
    ],
    [
      ['issues.type("bug").exists'],
      'build_failure_conditions[0]',
      'unknown filter "type" (expected new, label, severity, exists or count)',
    ],
    [['issues.new'], 'build_failure_conditions[0]', 'expected .exists or .count <op> <number> after new'],
    [['issues'], 'build_failure_conditions[0]', 'expected .exists or .count <op> <number> after issues'],
    [['issues.new exists'], 'build_failure_conditions[0]', 'expected "." after new, found "exists"'],
    [['issues..exists'], 'build_failure_conditions[0]', 'expected a filter after "issues.", found "."'],
    [['issues.new.exists.count > 1'], 'build_failure_conditions[0]', 'unexpected "." after exists'],
    [['issues.count > 5 extra'], 'build_failure_conditions[0]', 'unexpected "extra" after count'],
    [
      ['issues.count >= many'],
      'build_failure_conditions[0]',
      'count: expected a comparison with a whole number such as count > 5',
    ],
    [
      ['issues.count > 1.5'],
      'build_failure_conditions[0]',
      'count: expected a comparison with a whole number such as count > 5',
    ],
    [
      ['issues.count 5'],
      'build_failure_conditions[0]',
      'count: expected a comparison with a whole number such as count > 5',
    ],
    [
      ['elements.rating(D).exists'],
      'build_failure_conditions[0]',
      'rating: expected a comparison and a rating such as rating(<= D)',
    ],
    [
      ['elements.rating(<= D.exists'],
      'build_failure_conditions[0]',
      'rating: expected a comparison and a rating such as rating(<= D)',
    ],
    [['elements.rating(<= E).exists'], 'build_failure_conditions[0]', 'unknown rating "E" (expected A, B, C, D or F)'],
    [
      ['issues.severity(>= HIGH).exists'],
      'build_failure_conditions[0]',
      'unknown severity "HIGH" (expected INFO, MINOR, MAJOR or CRITICAL)',
    ],
    [
      ['issues.severity(MAJOR).exists'],
      'build_failure_conditions[0]',
      'severity: expected a comparison and a severity such as severity(>= MAJOR)',
    ],
    [
      ['issues.label(security).exists'],
      'build_failure_conditions[0]',
      'label: expected a quoted label such as label("coding-style")',
    ],
    [
      ['issues.label("").exists'],
      'build_failure_conditions[0]',
      'label: expected a quoted label such as label("coding-style")',
    ],
    [['issues.label("security).exists'], 'build_failure_conditions[0]', 'unterminated quoted string "security).exists'],
    [['issues.new.exists # no new issues'], 'build_failure_conditions[0]', 'unexpected character "#"'],
    [
      ['project.metric(scrutinizer.quality, < 6)'],
      'build_failure_conditions[0]',
      'metric: expected a quoted metric key and a comparison such as metric("scrutinizer.quality", < 6)',
    ],
    [
      ['project.metric_change("scrutinizer.test_coverage" < 0)'],
      'build_failure_conditions[0]',
      'metric_change: expected a quoted metric key and a comparison such as metric_change("scrutinizer.quality", < 6)',
    ],
    [
      ['project.metric("scrutinizer.quality", < six)'],
      'build_failure_conditions[0]',
      'metric: expected a quoted metric key and a comparison such as metric("scrutinizer.quality", < 6)',
    ],
    [
      ['project.metric("scrutinizer.quality", < 6).exists'],
      'build_failure_conditions[0]',
      'unexpected "." after metric(…)',
    ],
    [
      ['project.metrics("scrutinizer.quality", < 6)'],
      'build_failure_conditions[0]',
      'unknown project check "metrics" (expected metric or metric_change)',
    ],
    [
      ['project'],
      'build_failure_conditions[0]',
      'expected .metric(…) or .metric_change(…) after project, found the end',
    ],
    [
      ['classes.metric("coverage").exists'],
      'build_failure_conditions[0]',
      'metric: expected a quoted metric key and a comparison such as metric("scrutinizer.nb_issues", < 6)',
    ],
  ])('refuses %j', (list, field, expected) => {
    expect(refusal(list)).toEqual({ field, message: `${field}: ${expected}` });
  });
});

describe('conditionsFromConfig', () => {
  it('reads the top-level build_failure_conditions', () => {
    const yaml = [
      'build: true',
      'build_failure_conditions:',
      "  - 'issues.new.exists'",
      '  - "issues.label(\'security\').new.exists"',
      '  - project.metric("scrutinizer.quality", < 6)',
    ].join('\n');
    expect(conditionsFromConfig(yaml).map((condition) => condition.source)).toEqual([
      'issues.new.exists',
      "issues.label('security').new.exists",
      'project.metric("scrutinizer.quality", < 6)',
    ]);
  });

  it.each(['', '   \n', '# nothing\n', 'build: true\n', 'build_failure_conditions:\n', '- a\n- b\n', 'just text'])(
    'reads %j as no conditions',
    (yaml) => {
      expect(conditionsFromConfig(yaml)).toEqual([]);
    },
  );

  it('refuses a condition that does not parse, naming it', () => {
    const yaml = "build_failure_conditions:\n  - 'issues.new.exists'\n  - 'issues.new.exist'\n";
    expect(() => conditionsFromConfig(yaml)).toThrow(
      new Invalid(
        'build_failure_conditions[1]',
        'unknown filter "exist" (expected new, label, severity, exists or count)',
      ),
    );
  });

  it('refuses a list that is not a list', () => {
    expect(() => conditionsFromConfig("build_failure_conditions: 'issues.new.exists'\n")).toThrow(
      'build_failure_conditions: expected a list of condition strings',
    );
  });

  it('refuses YAML that does not parse, naming config', () => {
    let caught: unknown;
    try {
      conditionsFromConfig('build_failure_conditions: [\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Invalid);
    expect((caught as Invalid).field).toBe('config');
    expect((caught as Invalid).message).toMatch(/^config: expected valid YAML \(.+\)$/);
  });
});

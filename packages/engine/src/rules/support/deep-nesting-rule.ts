import type { LanguageId } from '../../languages/registry.js';
import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule, RuleDocs, RuleEquivalents } from '../types.js';
import { isTestFile } from './files.js';
import { optInSentence } from './threshold-opt-in.js';
import { nestingDepthVisitors, type NestingShape } from './nesting-depth.js';

export interface DeepNestingRuleSpec {
  /** The established linter's check this rule mirrors (see RuleMeta). */
  equivalents?: RuleEquivalents;
  id: string;
  language: LanguageId;
  docs: RuleDocs;
  /**
   * Nodes whose insides are measured on their own, each reported at most
   * once: functions, and the file or class body where code runs outside them.
   */
  scopes: readonly string[];
  shape: Omit<NestingShape, 'scopes'>;
  message: (depth: number, max: number) => string;
  help: string;
  /** Test code inside a source file (C's `#ifdef REDIS_TEST` branches), skipped as test files are. */
  isTestCode?: (node: SyntaxNode) => boolean;
}

/** The wording of the Java, Go and C-family rules. */
export const controlFlowNestedTooDeep = (depth: number, max: number): string =>
  `Control flow nested ${depth} levels deep (more than ${max}).`;
/** The wording of the Rust, Ruby, PHP, Scala and shell rules. */
export const codeNestedTooDeep = (depth: number, max: number): string =>
  `Code is nested ${depth} levels deep (more than ${max}).`;

/**
 * A deep-nesting rule, off by default (SonarQube's Sonar way leaves S134 out; on 16 repositories the rules were not
 * tuned on, issue 13, its findings were accepted 0 of 7: routers, solvers and parsers nest by design).
 * In each scope, the first structure nested deeper than `maxNestingDepth`, on its first line.
 * Test code is left alone, as SonarQube runs its nesting rule
 * (S134) on main sources only: loops over every case are the test.
 */
export function deepNestingRule(spec: DeepNestingRuleSpec): Rule {
  const shape: NestingShape = { ...spec.shape, scopes: new Set(spec.scopes) };
  return {
    meta: {
      id: spec.id,
      tool: 'plumb',
      language: spec.language,
      category: 'Design',
      severity: 'high',
      labels: ['complexity'],
      remediationMinutes: 20,
      docs: { ...spec.docs, whatItFinds: `${spec.docs.whatItFinds} ${optInSentence(spec.id, 'nesting')}` },
      equivalents: spec.equivalents,
      enabledByDefault: false,
    },
    create(context) {
      if (isTestFile(context.filename)) return {};
      const max = context.options.maxNestingDepth;
      return nestingDepthVisitors(shape, max, (node, depth) => {
        if (spec.isTestCode?.(node)) return;
        context.report({
          node,
          lineEnd: node.startPosition.row + 1,
          message: spec.message(depth, max),
          help: spec.help,
        });
      });
    },
  };
}

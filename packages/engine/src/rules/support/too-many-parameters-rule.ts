import type { LanguageId } from '../../languages/registry.js';
import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule, RuleContext, RuleDocs, RuleEquivalents } from '../types.js';
import { isTestFile } from './files.js';
import { optInSentence } from './threshold-opt-in.js';
import { quotedCode } from './quoted-code.js';

export interface TooManyParametersRuleSpec {
  /** The established linter's check this rule mirrors (see RuleMeta). */
  equivalents?: RuleEquivalents;
  id: string;
  language: LanguageId;
  docs: RuleDocs;
  functionTypes: readonly string[];
  /** The parameters a caller passes, as this language declares them. */
  countParameters: (fn: SyntaxNode) => number;
  /**
   * Overrides, trait impls, JNI entry points and the like: their signature is fixed elsewhere. Asked only of functions
   * over the limit, with the file's context for what the rest of the file says of the function (how C code uses it).
   */
  signatureIsImposed?: (fn: SyntaxNode, context: RuleContext) => boolean;
  /** Test code inside a source file (C's `#ifdef REDIS_TEST` branches), skipped as test files are. */
  isTestCode?: (fn: SyntaxNode) => boolean;
  /** The node naming the function; its `name` field unless given. */
  nameOf?: (fn: SyntaxNode) => SyntaxNode | null;
  /** The word before the name in the message (`Method \`ship\``), if any. */
  noun?: 'Function' | 'Method';
  /** What the message calls a function without a name. */
  unnamed: string;
  help: string;
}

const nameField = (fn: SyntaxNode) => fn.childForFieldName('name');

/**
 * A too-many-parameters rule, off by default (on 16 repositories the rules were not tuned on, issue 13, its findings
 * were accepted 0 of 9: arity overloads, dependency-wiring constructors, C pointer/length pairs).
 * A function declaring more parameters than `maxParameters`, reported at its name.
 * Test code is left alone: its helpers and parameterized tests take one parameter per column of the case they check.
 */
export function tooManyParametersRule(spec: TooManyParametersRuleSpec): Rule {
  const nameOf = spec.nameOf ?? nameField;
  const prefix = spec.noun ? `${spec.noun} ` : '';
  return {
    meta: {
      id: spec.id,
      tool: 'plumb',
      language: spec.language,
      category: 'Design',
      severity: 'moderate',
      labels: ['complexity'],
      remediationMinutes: 20,
      docs: { ...spec.docs, whatItFinds: `${spec.docs.whatItFinds} ${optInSentence(spec.id, 'parameters')}` },
      equivalents: spec.equivalents,
      enabledByDefault: false,
    },
    create(context) {
      if (isTestFile(context.filename)) return {};
      const max = context.options.maxParameters;
      const check = (fn: SyntaxNode) => {
        const count = spec.countParameters(fn);
        if (count <= max || spec.isTestCode?.(fn) || spec.signatureIsImposed?.(fn, context)) return;
        const name = nameOf(fn);
        const node = name ?? fn;
        const shown = name ? quotedCode(name.text) : spec.unnamed;
        context.report({
          node,
          lineEnd: node.startPosition.row + 1,
          message: `${prefix}\`${shown}\` has ${count} parameters (more than ${max}).`,
          help: spec.help,
        });
      };
      return Object.fromEntries(spec.functionTypes.map((type) => [type, check]));
    },
  };
}

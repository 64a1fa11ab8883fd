import type { LanguageId } from '../languages/registry.js';
import { C_RULES } from './c/index.js';
import { CPP_RULES } from './cpp/index.js';
import { GO_RULES } from './go/index.js';
import { JAVA_RULES } from './java/index.js';
import { PHP_RULES } from './php/index.js';
import { RUBY_RULES } from './ruby/index.js';
import { RUST_RULES } from './rust/index.js';
import { SCALA_RULES } from './scala/index.js';
import { SHELL_RULES } from './shell/index.js';
import type { Rule } from './types.js';

/** Every built-in tree-sitter rule, by the language it checks. */
export const BUILT_IN_RULES: Readonly<Partial<Record<LanguageId, readonly Rule[]>>> = {
  java: JAVA_RULES,
  go: GO_RULES,
  c: C_RULES,
  cpp: CPP_RULES,
  rust: RUST_RULES,
  ruby: RUBY_RULES,
  php: PHP_RULES,
  scala: SCALA_RULES,
  shell: SHELL_RULES,
};

export function builtInRulesFor(language: LanguageId): readonly Rule[] {
  return BUILT_IN_RULES[language] ?? [];
}

export { runRules } from './run-rules.js';
export type { RuleRunInput } from './run-rules.js';
export { DEFAULT_RULE_OPTIONS } from './types.js';
export type { Rule, RuleContext, RuleDocs, RuleMeta, RuleOptions, RuleReport, RuleVisitors } from './types.js';

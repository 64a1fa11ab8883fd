import type { Rule, RuleDocs } from '../../types.js';

/**
 * The C++ edition of a C rule: tree-sitter-cpp extends the C grammar, so the C rule's visitors apply unchanged;
 * only the id, the language and, where C++ has a better fix, the docs differ.
 */
export function cppEditionOf(cRule: Rule, name: string, docs: Partial<RuleDocs> = {}): Rule {
  return {
    meta: { ...cRule.meta, id: `cpp/${name}`, language: 'cpp', docs: { ...cRule.meta.docs, ...docs } },
    create: cRule.create,
  };
}

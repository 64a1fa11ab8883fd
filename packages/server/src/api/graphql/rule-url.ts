/** Where a rule is documented, for the tools whose documentation has a page per rule; null for the others. */
export function ruleUrl(tool: string | null, rule: string | null): string | null {
  if (!tool || !rule) return null;
  // oxlint's rules are `<scope>/<name>`, each documented on oxc.rs (the `docs_url` its `--rules` listing gives).
  if (tool === 'oxlint' && /^[a-z0-9_-]+\/[a-z0-9_-]+$/i.test(rule))
    return `https://oxc.rs/docs/guide/usage/linter/rules/${rule}.html`;
  // Ruff's codes (`F401`): its rules page, at the section of the code's linter, as the engine's catalog links it.
  if (tool === 'ruff' && /^[A-Z]+[0-9]+$/.test(rule))
    return `https://docs.astral.sh/ruff/rules/#${rule.replace(/\d+$/, '').toLowerCase()}`;
  return null;
}

/** The docs sentence every threshold rule ends with: it is off by default, and how a project opts in. */
export function optInSentence(id: string, threshold: 'parameters' | 'nesting'): string {
  return (
    `Off by default (a threshold judges shape, not correctness): \`rules: { ${id}: on }\` in \`.plumb.yml\` ` +
    `switches it on, and \`thresholds.${threshold}\` sets the limit.`
  );
}

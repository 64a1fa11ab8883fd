import type { Rule } from '../types.js';

/**
 * Which values a security sink rule reports: `outside`, only text that demonstrably arrives from outside the program
 * within the function (request data, `argv`, the environment); `any`, every value it cannot show to be fixed
 * (parameters, properties, other calls' results too), SonarQube's "security hotspot" that needs a person to follow
 * the data.
 */
export type SinkInputs = 'outside' | 'any';

/**
 * A sink rule's opt-in twin: the same check on every value not shown to be fixed, off by default because most of
 * what it finds is a program's own data (docs/rules.md, "Security hotspots").
 */
export function securityHotspot(build: (inputs: SinkInputs) => Rule, id: string): Rule {
  const base = build('any');
  const strictId = base.meta.id;
  return {
    ...base,
    meta: {
      ...base.meta,
      id,
      enabledByDefault: false,
      docs: {
        ...base.meta.docs,
        whatItFinds:
          `${base.meta.docs.whatItFinds} A security hotspot: off by default, as SonarQube lists these for review ` +
          `rather than as issues; \`${strictId}\` reports the values that demonstrably come from outside. ` +
          `\`rules: { ${id}: on }\` in \`.plumb.yml\` switches it on.`,
      },
    },
  };
}

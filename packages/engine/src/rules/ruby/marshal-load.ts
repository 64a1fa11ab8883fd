import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'ruby/marshal-load',
    tool: 'plumb',
    language: 'ruby',
    category: 'Security',
    severity: 'high',
    labels: ['security'],
    remediationMinutes: 30,
    docs: {
      whatItFinds: '`Marshal.load` or `Marshal.restore` of anything but a `Marshal.dump` made on the spot, the deep-copy idiom (RuboCop Security/MarshalLoad).',
      whyItMatters: 'Unmarshalling data an attacker can touch instantiates arbitrary objects and is a known path to remote code execution.',
      example: {
        bad: 'session = Marshal.load(Base64.decode64(cookies[:session]))',
        good: 'session = JSON.parse(Base64.decode64(cookies[:session]))',
      },
    },
  },
  create(context) {
    return {
      call(node) {
        const method = node.childForFieldName('method')?.text;
        if (method !== 'load' && method !== 'restore') return;
        const receiver = node.childForFieldName('receiver')?.text;
        if (receiver !== 'Marshal' && receiver !== '::Marshal') return;
        // `Marshal.load(Marshal.dump(obj))` deep-copies a value the program made itself.
        const data = node.childForFieldName('arguments')?.namedChildren[0];
        if (!data || /^(?:::)?Marshal\.dump\b/.test(data.text)) return;
        context.report({ node, message: `\`Marshal.${method}\` deserializes data into arbitrary objects.`, help: 'Use JSON or another data-only format for anything that crosses a trust boundary.' });
      },
    };
  },
};

import { isRubyTestFile } from '../support/files.js';
import type { Rule } from '../types.js';

/**
 * Data that arrives from a client: request parameters, cookies,
 * headers, or an encoded blob (Brakeman's unsafe deserialization).
 */
const UNTRUSTED = /\b(?:params|cookies|request|session|headers|Base64|decode64|urlsafe_decode64|unpack1?)\b|\benv\[/;

export const rule: Rule = {
  meta: {
    id: 'ruby/marshal-load',
    tool: 'plumb',
    language: 'ruby',
    category: 'Security',
    // A test deserializes its own data, with no input from users.
    appliesToTests: false,
    severity: 'high',
    labels: ['security'],
    remediationMinutes: 30,
    equivalents: { rubocop: 'Security/MarshalLoad' },
    docs: {
      whatItFinds:
        '`Marshal.load` or `Marshal.restore` of data that visibly comes from a client (params, cookies, the ' +
        'request, headers, Base64-decoded blobs), outside test and spec files (RuboCop Security/MarshalLoad, ' +
        'narrowed as Brakeman does: a cache file the program wrote itself is left alone).',
      whyItMatters:
        'Unmarshalling data an attacker can touch instantiates ' +
        'arbitrary objects and is a known path to remote code execution.',
      example: {
        bad: 'session = Marshal.load(Base64.decode64(cookies[:session]))',
        good: 'session = JSON.parse(Base64.decode64(cookies[:session]))',
      },
    },
  },
  create(context) {
    if (isRubyTestFile(context.filename)) return {};
    return {
      call(node) {
        const method = node.childForFieldName('method')?.text;
        if (method !== 'load' && method !== 'restore') return;
        const receiver = node.childForFieldName('receiver')?.text;
        if (receiver !== 'Marshal' && receiver !== '::Marshal') return;
        // `Marshal.load(Marshal.dump(obj))` deep-copies a value the program made itself.
        const data = node.childForFieldName('arguments')?.namedChildren[0];
        if (!data || !UNTRUSTED.test(data.text)) return;
        context.report({
          node,
          message: `\`Marshal.${method}\` deserializes client-supplied data into arbitrary objects.`,
          help: 'Use JSON or another data-only format for anything that crosses a trust boundary.',
        });
      },
    };
  },
};

import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const ERROR_CONSTRUCTORS = new Set(['errors.New', 'fmt.Errorf']);

/**
 * Whether the first word names code rather than starting a sentence: staticcheck leaves alone the name of a package
 * member, which a file shows where it declares one; `Segments: %w` names the call that failed, wherever it is declared.
 */
function namesCode(firstWord: string, source: string): boolean {
  const name = /^([A-Z]\w*)([:(]?)/.exec(firstWord);
  if (!name) return false;
  if (name[2]) return true;
  const declared = new RegExp(`^(?:func(?:\\s*\\([^)]*\\))?|type|var|const)\\s+${name[1]}\\b`, 'm');
  // A field or method the file reads (`ubr.Lower`): pgx's "Lower cannot be NULL" names the range's `Lower` field.
  const selected = new RegExp(`\\w\\.${name[1]}\\b(?!\\s*\\()`);
  return declared.test(source) || selected.test(source);
}

/** Platforms whose names error strings start with (`Windows reserved device name`): proper nouns. */
const PLATFORMS = new Set(['Windows', 'Linux', 'Unix', 'Darwin', 'Android', 'Solaris', 'Docker', 'Kubernetes']);

/**
 * Whether the word is a proper noun, which Go's convention lets an error string start with: a platform's name, or a
 * word the file itself capitalizes in the middle of a sentence (`sends events to Umami without`).
 */
function isProperNoun(word: string, source: string): boolean {
  const stem = /^\p{Lu}\p{Ll}+/u.exec(word)?.[0];
  if (!stem) return false;
  return PLATFORMS.has(stem) || new RegExp(`\\p{Ll}[,;]? ${stem}\\b`, 'u').test(source);
}

/** Why an error string breaks Go convention, following staticcheck ST1005; undefined when it does not. */
function styleProblem(text: string, source: string): string | undefined {
  const firstWord = text.split(/\s/, 1)[0] ?? '';
  // An upper-case letter or digit after the first marks an initialism or identifier (`HTTP`, `NewReader`): fine.
  if (
    /^\p{Lu}/u.test(firstWord) &&
    !/[\p{Lu}\d]/u.test(firstWord.slice(1)) &&
    !namesCode(firstWord, source) &&
    !isProperNoun(firstWord, source)
  )
    return 'starts with a capital letter';
  if (/[.:!]$/.test(text) && !text.endsWith('...')) return 'ends with punctuation';
  if (text.endsWith('\\n')) return 'ends with a newline';
  return undefined;
}

function firstArgument(call: SyntaxNode): SyntaxNode | null {
  return call.childForFieldName('arguments')?.namedChild(0) ?? null;
}

export const rule: Rule = {
  meta: {
    id: 'go/error-string-style',
    equivalents: { golangci: ['stylecheck', 'staticcheck', 'revive'], staticcheck: ['ST1005'] },
    tool: 'plumb',
    language: 'go',
    category: 'Code_Style',
    severity: 'info',
    labels: ['coding-style'],
    remediationMinutes: 2,
    docs: {
      whatItFinds:
        'An error string, in `errors.New` or `fmt.Errorf`, that starts with a capital letter or ends with ' +
        'punctuation or a newline (staticcheck ST1005, revive error-strings, Go Code Review Comments). A first ' +
        'word that names code is left alone, as staticcheck does: a function, type, variable or constant the file ' +
        'declares or reads as a field (`r.Lower`), or a name followed by `:` or `(` ' +
        '(`fmt.Errorf("Segments: %w", err)`, the call that failed). ' +
        'So is a proper noun, which the convention allows: a platform (`Windows`, `Linux`) or a word the file ' +
        'capitalizes in mid-sentence too (`sends events to Umami`).',
      whyItMatters:
        'Errors are wrapped and joined into longer messages (`open config: permission denied`); a capital or a ' +
        'full stop in the middle of such a chain reads wrong.',
      example: {
        bad: 'return errors.New("Could not open the file.")',
        good: 'return errors.New("could not open the file")',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        if (!ERROR_CONSTRUCTORS.has(node.childForFieldName('function')?.text ?? '')) return;
        const message = firstArgument(node);
        if (message?.type !== 'interpreted_string_literal' && message?.type !== 'raw_string_literal') return;
        const problem = styleProblem(message.text.slice(1, -1), context.source);
        if (!problem) return;
        context.report({
          node: message,
          message: `Error string ${problem}.`,
          help:
            'Start error strings in lower case and end them without ' +
            'punctuation: callers wrap them into longer messages.',
        });
      },
    };
  },
};

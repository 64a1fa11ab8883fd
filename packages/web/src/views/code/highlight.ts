// Syntax highlighting with highlight.js's core and only the grammars of the languages Plumb analyzes; this module is
// imported by the file view alone, so no other page loads it.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import php from 'highlight.js/lib/languages/php';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scala from 'highlight.js/lib/languages/scala';
import typescript from 'highlight.js/lib/languages/typescript';

const GRAMMARS = { bash, c, cpp, go, java, javascript, php, python, ruby, rust, scala, typescript };
for (const [name, grammar] of Object.entries(GRAMMARS)) hljs.registerLanguage(name, grammar);

/** The grammar of each extension the engine reads (docs/analyze.md). */
const BY_EXTENSION: Record<string, keyof typeof GRAMMARS> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  py: 'python',
  pyi: 'python',
  java: 'java',
  go: 'go',
  c: 'c',
  h: 'cpp',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hh: 'cpp',
  hpp: 'cpp',
  hxx: 'cpp',
  rs: 'rust',
  rb: 'ruby',
  php: 'php',
  scala: 'scala',
  sc: 'scala',
  sh: 'bash',
  bash: 'bash',
  ksh: 'bash',
  zsh: 'bash',
};

/** A run of text with the highlight.js classes that apply to it ('' for plain text). */
export interface Token {
  text: string;
  className: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]!);

/** The grammar for a file, by extension, else by shebang; undefined for a file shown as plain text. */
export function grammarOf(path: string, firstLine: string | undefined): string | undefined {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  const shebang = /^#!.*\b(python|node|bash|sh|zsh|ruby|php)\d*\b/.exec(firstLine ?? '')?.[1];
  if (!shebang) return undefined;
  return { python: 'python', node: 'javascript', ruby: 'ruby', php: 'php' }[shebang] ?? 'bash';
}

/**
 * Highlights a whole file (a comment or string may span lines) and splits the result into lines of tokens, so each
 * line renders on its own: highlight.js answers escaped text inside nested `<span class>` only.
 */
export function highlightLines(lines: readonly string[], grammar: string | undefined): Token[][] {
  if (!grammar) return lines.map((text) => [{ text, className: '' }]);
  const html = hljs.highlight(lines.join('\n'), { language: grammar, ignoreIllegals: true }).value;
  const result: Token[][] = [[]];
  const open: string[] = [];
  for (const part of html.split(/(<span class="[^"]*">|<\/span>)/)) {
    if (part.startsWith('<span')) open.push(part.slice(13, -2));
    else if (part === '</span>') open.pop();
    else
      unescape(part)
        .split('\n')
        .forEach((text, at) => {
          if (at > 0) result.push([]);
          if (text) result.at(-1)!.push({ text, className: open.join(' ') });
        });
  }
  return result;
}

// Syntax highlighting with highlight.js's core and only the grammars of the languages Plumb analyzes; this module runs
// in the file view's worker (highlight-worker.ts) alone, so no page's script loads it.
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
import { plainLines, type Token } from './grammar.js';

const GRAMMARS = { bash, c, cpp, go, java, javascript, php, python, ruby, rust, scala, typescript };
for (const [name, grammar] of Object.entries(GRAMMARS)) hljs.registerLanguage(name, grammar);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]!);

/**
 * Highlights a whole file (a comment or string may span lines) and splits the result into lines of tokens, so each
 * line renders on its own: highlight.js answers escaped text inside nested `<span class>` only.
 */
export function highlightLines(lines: readonly string[], grammar: string | undefined): Token[][] {
  if (!grammar) return plainLines(lines);
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

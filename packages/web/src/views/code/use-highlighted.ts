import { useEffect, useState } from 'react';
import { grammarOf, plainLines, type Token } from './grammar.js';
import type { HighlightRequest } from './highlight-worker.js';

/**
 * A file's lines as tokens: plain text at once, highlighted when the worker (loaded with the first file opened, its
 * grammars with it) answers; a file of no known language stays plain.
 */
export function useHighlighted(path: string, lines: string[]): Token[][] {
  const [tokens, setTokens] = useState(() => plainLines(lines));
  const grammar = grammarOf(path, lines[0]);
  useEffect(() => {
    setTokens(plainLines(lines));
    if (!grammar) return;
    const worker = new Worker(new URL('./highlight-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<Token[][]>) => setTokens(event.data));
    worker.postMessage({ lines, grammar } satisfies HighlightRequest);
    return () => worker.terminate();
  }, [lines, grammar]);
  return tokens;
}

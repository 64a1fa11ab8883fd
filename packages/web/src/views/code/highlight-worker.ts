// The file view's highlighter, off the page's main thread: a 10,000-line file takes it about half a second of CPU.
import type { Token } from './grammar.js';
import { highlightLines } from './highlight.js';

export interface HighlightRequest {
  lines: string[];
  grammar: string;
}

const scope = globalThis as unknown as { postMessage(tokens: Token[][]): void };

addEventListener('message', (event: MessageEvent<HighlightRequest>) => {
  scope.postMessage(highlightLines(event.data.lines, event.data.grammar));
});

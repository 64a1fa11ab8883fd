import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { endLine, startLine, suppression } from './lines.js';

const STRING = /"((?:[^"\\]|\\.)*)"/g;
const PLAIN_KEY_TOOLS = ['javac', 'errorprone', 'spotbugs', 'scapegoat'] as const;
const SONAR_KEY = /^(?:[a-z]+:)?(S\d{3,5})$/;

/** The declaration an annotation is on: the class, method, field, variable or parameter its modifiers belong to. */
function annotated(annotation: SyntaxNode): SyntaxNode | null {
  const parent = annotation.parent;
  if (parent?.type === 'modifiers') return parent.parent;
  // tree-sitter-scala leaves an annotated top-level object in an ERROR before it.
  if (parent?.type === 'ERROR') return parent.nextNamedSibling;
  return parent;
}

/** What one `@SuppressWarnings` string names, for each tool that reads that annotation. */
function namedChecks(key: string, from: number, to: number): Suppression[] {
  if (key.toLowerCase() === 'all') return [suppression('javac', 'all', from, to)];
  const sonar = SONAR_KEY.exec(key);
  if (sonar) return [suppression('sonar', [sonar[1]!], from, to)];
  if (key === 'PMD' || key.startsWith('PMD.')) return [suppression('pmd', [key.slice(4) || '*'], from, to)];
  const wart = /^org\.wartremover\.warts\.(\w+)$/.exec(key);
  if (wart) return [suppression('wartremover', [wart[1] === 'All' ? '*' : wart[1]!], from, to)];
  // A plain key is javac's, Error Prone's, a SpotBugs pattern's (or its prefix) or a Scapegoat inspection's.
  return PLAIN_KEY_TOOLS.map((tool) => suppression(tool, [key], from, to));
}

function stringsOf(annotation: SyntaxNode): string[] {
  const args = annotation.childForFieldName('arguments')?.text ?? '';
  return [...args.replace(/justification\s*=\s*"(?:[^"\\]|\\.)*"/, '').matchAll(STRING)].map((match) => match[1]!);
}

/** The suppressions one annotation makes over the declaration it is on. */
function suppressionsOf(annotation: SyntaxNode): Suppression[] {
  const name = annotation.childForFieldName('name')?.text.split('.').at(-1);
  const target = annotated(annotation);
  if (!target) return [];
  const [from, to] = [startLine(annotation), Math.max(endLine(target), endLine(annotation))];
  const keys = stringsOf(annotation);
  if (name === 'SuppressWarnings' || name === 'Suppress') return keys.flatMap((key) => namedChecks(key, from, to));
  if (name === 'SuppressFBWarnings') return [suppression('spotbugs', keys.length > 0 ? keys : ['*'], from, to)];
  // A bare `@nowarn` silences every warning in its scope; `@nowarn("cat=...")` filters the compiler's own.
  if (name === 'nowarn' && keys.length === 0) return [suppression('scapegoat', 'all', from, to)];
  return [];
}

/** `@SuppressWarnings`, `@SuppressFBWarnings` (Java, Scala), `@Suppress` and `@nowarn` on a declaration. */
export const annotationReader: SuppressionReader = {
  marker: /@(?:[\w.]+\.)?(?:SuppressWarnings|SuppressFBWarnings|Suppress|nowarn)\b/,
  nodeTypes: ['annotation', 'marker_annotation'],
  read(nodes: readonly SyntaxNode[], _file: SourceLines): Suppression[] {
    return nodes.flatMap(suppressionsOf);
  },
};

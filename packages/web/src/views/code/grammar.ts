// Which highlight.js grammar a file is shown with: by extension, else by shebang (the languages of docs/analyze.md).

/** A run of text with the highlight.js classes that apply to it ('' for plain text). */
export interface Token {
  text: string;
  className: string;
}

/** The grammar of each extension the engine reads (docs/analyze.md). */
const BY_EXTENSION: Record<string, string> = {
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

/** The grammar for a file, by extension, else by shebang; undefined for a file shown as plain text. */
export function grammarOf(path: string, firstLine: string | undefined): string | undefined {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  const shebang = /^#!.*\b(python|node|bash|sh|zsh|ruby|php)\d*\b/.exec(firstLine ?? '')?.[1];
  if (!shebang) return undefined;
  return { python: 'python', node: 'javascript', ruby: 'ruby', php: 'php' }[shebang] ?? 'bash';
}

/** A file's lines as plain text, one token a line: what shows until the highlighted lines arrive. */
export const plainLines = (lines: readonly string[]): Token[][] => lines.map((text) => [{ text, className: '' }]);

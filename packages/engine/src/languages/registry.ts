/** Every language Plumb analyzes: its id, how files are recognised, its comment syntax and its grammar. */
export type LanguageId =
  | 'typescript'
  | 'tsx'
  | 'javascript'
  | 'python'
  | 'java'
  | 'go'
  | 'c'
  | 'cpp'
  | 'rust'
  | 'ruby'
  | 'php'
  | 'scala'
  | 'shell';

/** Codiga's LanguageEnumeration value for each language (TSX reports as TypeScript, JSX as JavaScript). */
export type CodigaLanguage =
  'Typescript' | 'Javascript' | 'Python' | 'Java' | 'Go' | 'C' | 'Cpp' | 'Rust' | 'Ruby' | 'Php' | 'Scala' | 'Shell';

export interface CommentSyntax {
  line: readonly string[];
  block: readonly (readonly [open: string, close: string])[];
}

export interface LanguageSpec {
  id: LanguageId;
  codiga: CodigaLanguage;
  extensions: readonly string[];
  /** Interpreter names that identify an extension-less script by its shebang. */
  interpreters: readonly string[];
  comments: CommentSyntax;
  /** The npm package and the path inside it of the grammar's WebAssembly build. */
  grammar: { package: string; file: string };
}

const wasms = (file: string) => ({ package: 'tree-sitter-wasms', file: `out/${file}` });
// tree-sitter-wasms' bash build fails in its external scanner under web-tree-sitter 0.25 ("resolved is not a
// function" on any `case`); the grammar's own 0.25 package ships a build that works.

const cStyle: CommentSyntax = { line: ['//'], block: [['/*', '*/']] };
const hash: CommentSyntax = { line: ['#'], block: [] };

export const LANGUAGES: readonly LanguageSpec[] = [
  {
    id: 'typescript',
    codiga: 'Typescript',
    extensions: ['.ts', '.mts', '.cts'],
    interpreters: ['ts-node', 'tsx', 'deno', 'bun'],
    comments: cStyle,
    grammar: wasms('tree-sitter-typescript.wasm'),
  },
  {
    id: 'tsx',
    codiga: 'Typescript',
    extensions: ['.tsx'],
    interpreters: [],
    comments: cStyle,
    grammar: wasms('tree-sitter-tsx.wasm'),
  },
  {
    id: 'javascript',
    codiga: 'Javascript',
    extensions: ['.js', '.mjs', '.cjs', '.jsx'],
    interpreters: ['node', 'nodejs'],
    comments: cStyle,
    grammar: wasms('tree-sitter-javascript.wasm'),
  },
  {
    id: 'python',
    codiga: 'Python',
    extensions: ['.py', '.pyw', '.pyi'],
    interpreters: ['python', 'python2', 'python3', 'pypy', 'pypy3'],
    comments: hash,
    grammar: wasms('tree-sitter-python.wasm'),
  },
  {
    id: 'java',
    codiga: 'Java',
    extensions: ['.java'],
    interpreters: [],
    comments: cStyle,
    grammar: wasms('tree-sitter-java.wasm'),
  },
  {
    id: 'go',
    codiga: 'Go',
    extensions: ['.go'],
    interpreters: [],
    comments: cStyle,
    grammar: wasms('tree-sitter-go.wasm'),
  },
  {
    id: 'c',
    codiga: 'C',
    extensions: ['.c', '.h'],
    interpreters: [],
    comments: cStyle,
    grammar: wasms('tree-sitter-c.wasm'),
  },
  {
    id: 'cpp',
    codiga: 'Cpp',
    extensions: ['.cc', '.cpp', '.cxx', '.c++', '.hh', '.hpp', '.hxx', '.h++', '.ipp', '.inl'],
    interpreters: [],
    comments: cStyle,
    grammar: wasms('tree-sitter-cpp.wasm'),
  },
  {
    id: 'rust',
    codiga: 'Rust',
    extensions: ['.rs'],
    interpreters: [],
    comments: cStyle,
    grammar: wasms('tree-sitter-rust.wasm'),
  },
  {
    id: 'ruby',
    codiga: 'Ruby',
    extensions: ['.rb', '.rake', '.gemspec', '.ru'],
    interpreters: ['ruby'],
    comments: { line: ['#'], block: [['=begin', '=end']] },
    grammar: wasms('tree-sitter-ruby.wasm'),
  },
  {
    id: 'php',
    codiga: 'Php',
    extensions: ['.php', '.phtml', '.php5', '.php7', '.phps'],
    interpreters: ['php'],
    comments: { line: ['//', '#'], block: [['/*', '*/']] },
    grammar: wasms('tree-sitter-php.wasm'),
  },
  {
    id: 'scala',
    codiga: 'Scala',
    extensions: ['.scala', '.sc'],
    interpreters: ['scala'],
    comments: cStyle,
    grammar: wasms('tree-sitter-scala.wasm'),
  },
  {
    id: 'shell',
    codiga: 'Shell',
    extensions: ['.sh', '.bash', '.zsh', '.zsh-theme', '.ksh'],
    interpreters: ['sh', 'bash', 'zsh', 'ksh', 'dash', 'ash'],
    comments: hash,
    grammar: { package: 'tree-sitter-bash', file: 'tree-sitter-bash.wasm' },
  },
];

const byId = new Map(LANGUAGES.map((spec) => [spec.id, spec]));

export function languageSpec(id: LanguageId): LanguageSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`unknown language id: ${id}`);
  return spec;
}

import type { SyntaxNode } from '../../parse/parser.js';

/** What the walker needs to know about one function node to report it. */
export interface FunctionHead {
  name: string;
  /** 0-based row of the line lizard reports as the function's start. */
  startRow: number;
  nbParameters: number;
}

/**
 * The table that drives the shared walker for one language: which nodes are functions, which tokens
 * lizard counts, which structures SonarSource's cognitive complexity counts and nests.
 */
export interface FunctionSpec {
  /** Node types that lizard reports as functions (methods, constructors, closures it sees). */
  functions: ReadonlySet<string>;
  /**
   * Name, start row and parameter count of a function node; undefined when it is no function after all (e.g. no body).
   */
  describe(node: SyntaxNode, source: string): FunctionHead | undefined;
  /** Token (anonymous node) types that add to cyclomatic complexity, with what each adds. */
  ccnTokens: ReadonlyMap<string, number>;
  /** Tokens of ccnTokens that count only when their parent has one of these types. */
  ccnTokenParents?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Adjusts a token's CCN increment by what lizard's tokenizer would have seen around it. */
  ccnTokenAdjust?: (type: string, parentType: string, startIndex: number, source: string) => number;
  /** Tokens that start a preprocessor line lizard reads as one token: nothing up to the line's end counts. */
  directives?: ReadonlySet<string>;
  /** Tokens that start a preprocessor line lizard drops from its lines of code (all but `#include`). */
  directiveLines?: ReadonlySet<string>;
  /** Leaf types that error recovery may give a keyword's text (`if` parsed as an identifier); counted by text then. */
  misparsedKeywords?: ReadonlySet<string>;
  /** Leaf types whose text is the token (Scala's `operator_identifier` holds `&&`): counted by their text. */
  textTokens?: ReadonlySet<string>;
  /** Subtrees lizard's tokenizer sees as one opaque token: nothing inside is counted. */
  opaque?: ReadonlySet<string>;
  /** Comment node types (excluded from NLOC). */
  comments: ReadonlySet<string>;
  /** Cognitive: structures that add 1 + nesting level and nest what they contain (if, loops, switch, catch, ?:). */
  nesting: ReadonlySet<string>;
  /** Cognitive: nesting structures that become a flat `else if` when they directly follow an `else` token. */
  ifTypes: ReadonlySet<string>;
  /**
   * Cognitive: the keyword token that adds 1 for `else` (or marks
   * an `else if`); absent where `else` is a node of its own.
   */
  elseKeyword?: string;
  /** Cognitive: nodes that add a flat 1 (elif, else clauses, goto), optionally only under given parent types. */
  flat?: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Cognitive: break/continue nodes that add 1 when their first named child is a label of one of these types. */
  labeledJumps?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Keywords share type names with their statements (Ruby's `if`): structures must be named nodes, tokens anonymous.
   */
  namedStructuresOnly?: boolean;
  /** Cognitive: lambdas lizard does not report as functions; they nest their content without adding. */
  nestingOnly?: ReadonlySet<string>;
  /** Cognitive: boolean operator tokens, each mapped to a kind; a sequence of one kind adds 1. */
  logicalOperators: ReadonlyMap<string, number>;
  /** Cognitive: binary expression node types that hold the logical operators. */
  logicalParents: ReadonlySet<string>;
  /** Node types that lizard counts as comments although they are code (Python docstrings). */
  isNonCode?: (node: SyntaxNode) => boolean;
  /** Node types on which isNonCode is asked (kept small: it allocates a node). */
  nonCodeCandidates?: ReadonlySet<string>;
}

export const setOf = (...items: string[]): ReadonlySet<string> => new Set(items);

/** Each token counts one, as in lizard's condition sets. */
export const countEach = (...tokens: string[]): ReadonlyMap<string, number> => new Map(tokens.map((t) => [t, 1]));

/** `&&`-like operators are kind 1, `||`-like kind 2: a change of kind starts a new sequence. */
export const AND = 1;
export const OR = 2;

import { DEFAULT_CONFIG } from '../config/schema.js';
import type { Severity, ViolationCategory } from '../findings/types.js';
import type { LanguageId } from '../languages/registry.js';
import type { SyntaxNode } from '../parse/parser.js';

/** A rule's documentation in fixed sections, as oxc keeps it in the rule itself. */
export interface RuleDocs {
  /** What it finds, in one or two sentences. */
  whatItFinds: string;
  /** Why it matters. */
  whyItMatters: string;
  /** Code the rule reports, and the same code fixed. */
  example: { bad: string; good: string };
}

/** Everything the catalog and the API surfaces know of a rule. */
export interface RuleMeta {
  /**
   * Unique within its tool, `<language>/<kebab-name>` for built-in
   * rules (the file is `rules/<language>/<kebab-name>.ts`).
   */
  id: string;
  tool: string;
  /** The language the rule checks, or `any` for every text file (secrets). */
  language: LanguageId | 'any';
  category: ViolationCategory;
  severity: Severity;
  /** Scrutinizer labels (e.g. `bug`, `security`, `unused-code`, `complexity`, `coding-style`). */
  labels: readonly string[];
  remediationMinutes: number;
  docs: RuleDocs;
  /**
   * The check of an established linter this rule mirrors, so that the project's own configuration of it
   * (`.rubocop.yml`, `.shellcheckrc`) applies.
   */
  equivalents?: RuleEquivalents;
  /**
   * `false` for a rule that reports only where `.plumb.yml` `rules:` switches it on (`on`, or a severity), as the
   * established linters' default sets leave its check off.
   */
  enabledByDefault?: boolean;
  /**
   * Whether its findings are reported in test code (tests, benchmarks, fixtures, examples); when unset, bug and
   * security categories apply and style, documentation, design, best practice and performance do not
   * (roles/applies-to-tests.ts).
   */
  appliesToTests?: boolean;
}

/**
 * The checks of established tools a rule mirrors: the project's configuration of them applies, and so do their
 * suppression comments and attributes (see suppressions/). RuboCop and ShellCheck name one check; the others list
 * every name a suppression may use.
 */
export interface RuleEquivalents {
  /** A RuboCop cop (`Lint/RescueException`). */
  rubocop?: string;
  /** A ShellCheck code (`SC2006`). */
  shellcheck?: string;
  /** golangci-lint linters (`revive`, `gosec`), for `//nolint:linter`. */
  golangci?: readonly string[];
  /** Staticcheck checks (`ST1005`), for `//lint:ignore`. */
  staticcheck?: readonly string[];
  /** clang-tidy checks (`bugprone-suspicious-memset-usage`), for `// NOLINT(check)`. */
  clangTidy?: readonly string[];
  /** Clippy lints then their group (`bool_comparison`, `style`), for `#[allow(clippy::bool_comparison)]`. */
  clippy?: readonly string[];
  /** rustc lints (`unreachable_code`), for `#[allow(unreachable_code)]`. */
  rustc?: readonly string[];
  /** javac `-Xlint` keys (`fallthrough`), for `@SuppressWarnings`. */
  javac?: readonly string[];
  /** Error Prone checks (`SelfAssignment`), for `@SuppressWarnings("SelfAssignment")`. */
  errorprone?: readonly string[];
  /** SonarQube rule keys (`S108`), for `@SuppressWarnings("java:S108")`. */
  sonar?: readonly string[];
  /** SpotBugs bug patterns (`DE_MIGHT_IGNORE`), for `@SuppressFBWarnings`. */
  spotbugs?: readonly string[];
  /** PMD rules (`EmptyCatchBlock`), for `@SuppressWarnings("PMD.EmptyCatchBlock")`. */
  pmd?: readonly string[];
  /** WartRemover warts (`OptionPartial`), for `@SuppressWarnings(Array("org.wartremover.warts.OptionPartial"))`. */
  wartremover?: readonly string[];
  /** Scapegoat inspections (`OptionGet`), for `@SuppressWarnings(Array("OptionGet"))`. */
  scapegoat?: readonly string[];
  /** PHP_CodeSniffer sniff codes (`Squiz.PHP.Eval`), for `// phpcs:ignore`. */
  phpcs?: readonly string[];
  /** PHPStan error identifiers (`deadCode.unreachable`), for `@phpstan-ignore`. */
  phpstan?: readonly string[];
  /** Ruff codes (`S105`), for `# noqa: S105`. */
  ruff?: readonly string[];
  /** Bandit tests (`B105`), for `# nosec B105`. */
  bandit?: readonly string[];
  /** ESLint rules (`no-secrets/no-secrets`), for `// eslint-disable-next-line rule`. */
  eslint?: readonly string[];
  /** IntelliJ IDEA inspections (`ThrowFromFinallyBlock`), for `//noinspection ThrowFromFinallyBlock`. */
  intellij?: readonly string[];
}

/** What a rule reports: the node (or explicit lines), the message (what is wrong) and the help (how to fix it). */
export interface RuleReport {
  node?: SyntaxNode;
  line?: number;
  lineEnd?: number;
  column?: number;
  message: string;
  help?: string;
}

/** Thresholds and settings rules may read; from `.plumb.yml`, with defaults. */
export interface RuleOptions {
  maxParameters: number;
  maxNestingDepth: number;
  complexityThreshold: number;
  lengthThreshold: number;
}

const { parameters, nesting, complexity, length } = DEFAULT_CONFIG.thresholds;
/** `.plumb.yml`'s default thresholds, so that a rule run without a configuration judges as an analysis does. */
export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  maxParameters: parameters,
  maxNestingDepth: nesting,
  complexityThreshold: complexity,
  lengthThreshold: length,
};

export interface RuleContext {
  readonly filename: string;
  readonly language: LanguageId;
  readonly source: string;
  readonly options: RuleOptions;
  report(report: RuleReport): void;
}

/**
 * Visitors keyed by tree-sitter node type, called once per node of
 * that type in one walk shared by every rule; `exit` after the walk.
 */
export type RuleVisitors = { [nodeType: string]: ((node: SyntaxNode) => void) | undefined } & { exit?: () => void };

/** A built-in tree-sitter rule: one file per rule exporting `meta` and `create`. */
export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitors;
}

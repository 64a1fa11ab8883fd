import type { SyntaxNode } from '../../parse/parser.js';
import { followedByHandler, hasTrailingComment, isDeliberateCatchName } from '../support/deliberate-catch.js';
import { isTestFile } from '../support/files.js';
import { codeChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';

/** A block with nothing in it; a comment inside says why the exception may be ignored, so that block is handled. */
function isEmptyBlock(block: SyntaxNode | null): boolean {
  return block !== null && block.namedChildCount === 0;
}

const EXITS = new Set(['return_statement', 'throw_statement', 'break_statement', 'continue_statement']);
const FLOW = {
  blocks: new Set(['block', 'constructor_body']),
  loops: new Set(['while_statement', 'do_statement', 'for_statement', 'enhanced_for_statement']),
  functions: new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'static_initializer']),
};

/** `try { return f(); } catch (E e) { } return g();`: the code after the `try` is the handler. */
function fallsThroughToHandler(clause: SyntaxNode): boolean {
  const tryStatement = clause.parent;
  const last = codeChildrenOf(tryStatement?.childForFieldName('body') ?? clause).at(-1);
  return tryStatement !== null && last !== undefined && EXITS.has(last.type) && followedByHandler(tryStatement, FLOW);
}

/** Calls that release something: failing to release it during cleanup leaves nothing to handle. */
const RELEASES = new Set(['close', 'deleteIfExists', 'shutdown', 'shutdownNow', 'disconnect', 'release', 'unlock']);

/** `in.close();`, or `if (in != null) in.close();` with no `else`. */
function isRelease(statement: SyntaxNode): boolean {
  if (statement.type === 'if_statement' && !statement.childForFieldName('alternative')) {
    const body = statement.childForFieldName('consequence');
    const inner = body?.type === 'block' ? codeChildrenOf(body) : body ? [body] : [];
    return inner.length > 0 && inner.every(isRelease);
  }
  const call = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  return call?.type === 'method_invocation' && RELEASES.has(call.childForFieldName('name')?.text ?? '');
}

/**
 * `try { in.close(); } catch (IOException e) { }`, `try { if (s != null) s.close(); } catch …`: releasing quietly, as
 * `IOUtils.closeQuietly` does.
 */
function closesQuietly(clause: SyntaxNode): boolean {
  const statements = codeChildrenOf(clause.parent?.childForFieldName('body') ?? clause);
  return statements.length > 0 && statements.every(isRelease);
}

/** `while (running) { try { accept(); } catch (SocketTimeoutException e) { } }`: a poll that timed out goes round. */
function pollTimesOut(clause: SyntaxNode): boolean {
  const types = clause.descendantsOfType('catch_type')[0]?.namedChildren ?? [];
  if (types.length === 0 || !types.every((type) => type !== null && /TimeoutException$/.test(type.text))) return false;
  for (let node = clause.parent?.parent; node && !FLOW.functions.has(node.type); node = node.parent)
    if (FLOW.loops.has(node.type)) return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'java/empty-catch-block',
    equivalents: {
      sonar: ['S108'],
      pmd: ['EmptyCatchBlock'],
      spotbugs: ['DE_MIGHT_IGNORE'],
      intellij: ['EmptyCatchBlock'],
    },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    // In a test an empty catch after fail() is how an expected exception is asserted.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    // Off by default: maintainers accepted none of 3 on untuned repositories (probes, fallbacks).
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A catch block with nothing in it: no handling, and no comment saying why the exception may be ignored ' +
        '(PMD EmptyCatchBlock with allowCommentedBlocks, Checkstyle EmptyCatchBlock). A variable named ' +
        "`ignored`, `ignore`, `expected` or `unused…` is deliberate (PMD's allowExceptionNameRegex, " +
        "Error Prone's `unused` prefix), and so is a `try` that always returns or throws, whose following " +
        'code is the handler (`try { return parse(s); } catch (E e) { } return fallback;`, or a retry loop). ' +
        'So is a comment after the block on its line (`} catch (E e) { } // nothing to do`), and a `try` that ' +
        'only releases something (`close()`, `deleteIfExists`, `shutdown`, `disconnect`, `unlock`..., also under an ' +
        '`if` with no `else`): closing quietly, as `IOUtils.closeQuietly` does; and a `*TimeoutException` caught ' +
        'inside a loop, a poll that timed out and goes round again. ' +
        'Test sources are ' +
        'skipped: there an empty catch asserts an expected exception.',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try { save(); } catch (IOException e) { }',
        good: 'try { save(); } catch (IOException e) { log.warn("save failed", e); throw new StorageException(e); }',
      },
    },
  },
  create(context) {
    // In tests an empty catch is how an expected exception is asserted (`try { f(); fail(); } catch (E e) { }`).
    if (isTestFile(context.filename)) return {};
    return {
      catch_clause(node) {
        if (!isEmptyBlock(node.childForFieldName('body'))) return;
        // PMD's allowExceptionNameRegex: a variable named `ignored`, `expected` or `unused…` says it is deliberate.
        const name = node.descendantsOfType('catch_formal_parameter')[0]?.childForFieldName('name')?.text;
        if (isDeliberateCatchName(name) || fallsThroughToHandler(node) || closesQuietly(node)) return;
        if (pollTimesOut(node)) return;
        if (hasTrailingComment(node.childForFieldName('body') ?? node, context.source)) return;
        context.report({
          node,
          message: 'Empty catch block swallows the exception.',
          help: 'Handle, log or rethrow it; if swallowing is deliberate, name it `ignored` or say why in a comment.',
        });
      },
    };
  },
};

import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { COMMENT_TYPES } from './comments.js';
import { checkList, endLine, lastLine, startLine, suppression } from './lines.js';

const DIRECTIVE = /\bNOLINT(NEXTLINE|BEGIN|END)?(?![\w-])(?:\(([^)]*)\))?/g;

/** clang-tidy's `NOLINT`, `NOLINTNEXTLINE` and `NOLINTBEGIN`…`NOLINTEND`, each with an optional `(checks)`. */
export const clangTidyReader: SuppressionReader = {
  marker: /NOLINT/,
  nodeTypes: COMMENT_TYPES,
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    const found: Suppression[] = [];
    const open: { args: string; from: number }[] = [];
    const close = (args: string, to: number) => {
      // NOLINTEND closes the NOLINTBEGIN with the same checks.
      const index = open.findLastIndex((begin) => begin.args === args);
      if (index === -1) return;
      const [begin] = open.splice(index, 1);
      if (begin) found.push(suppression('clangTidy', checkList(args, '*'), begin.from, to));
    };
    for (const comment of nodes) {
      for (const [, kind, args = ''] of comment.text.matchAll(DIRECTIVE)) {
        const checks = checkList(args, '*');
        if (kind === undefined) found.push(suppression('clangTidy', checks, startLine(comment)));
        else if (kind === 'NEXTLINE') found.push(suppression('clangTidy', checks, endLine(comment) + 1));
        else if (kind === 'BEGIN') open.push({ args: args.replace(/\s/g, ''), from: startLine(comment) });
        else close(args.replace(/\s/g, ''), endLine(comment));
      }
    }
    // clang-tidy reports an unmatched NOLINTBEGIN; its checks stay off to the end of the file here.
    for (const begin of open)
      found.push(suppression('clangTidy', checkList(begin.args, '*'), begin.from, lastLine(file)));
    return found;
  },
};

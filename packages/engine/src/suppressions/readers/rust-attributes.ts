import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { endLine, lastLine, nextCode, startLine, suppression } from './lines.js';
import { moduleFolder } from './rust-modules.js';

// `allow(...)` and `expect(...)`, also inside `cfg_attr(..., allow(...))`.
const ALLOW = /\b(?:allow|expect)\s*\(([^()]*)\)/g;
/** Nodes whose children are items, statements, fields or variants: an attribute there belongs to the next one. */
const CONTAINERS = new Set([
  'source_file',
  'declaration_list',
  'block',
  'field_declaration_list',
  'enum_variant_list',
  'match_block',
]);
const ATTRIBUTES = new Set(['attribute_item', 'inner_attribute_item']);

/** The lint names an attribute allows, as suppressions of `from`–`to` (and of the module files given). */
function allowed(text: string, from: number, to: number, modules?: readonly string[]): Suppression[] {
  const clippy: string[] = [];
  const rustc: string[] = [];
  let everything = false;
  for (const [, list = ''] of text.matchAll(ALLOW)) {
    for (const lint of list.split(',').map((name) => name.trim())) {
      if (lint === 'warnings') everything = true;
      else if (lint.startsWith('clippy::')) clippy.push(lint.slice('clippy::'.length));
      else if (lint) rustc.push(lint);
    }
  }
  const found = everything
    ? [suppression('rustc', 'all', from, to)]
    : [
        ...(clippy.length > 0 ? [suppression('clippy', clippy, from, to)] : []),
        ...(rustc.length > 0 ? [suppression('rustc', rustc, from, to)] : []),
      ];
  return modules ? found.map((each) => ({ ...each, modules })) : found;
}

/** What an outer attribute applies to: the next item, statement, field or variant, or the arm it opens. */
function attributed(attribute: SyntaxNode): SyntaxNode | null {
  const parent = attribute.parent;
  if (parent && !CONTAINERS.has(parent.type)) return parent;
  return nextCode(attribute, ATTRIBUTES);
}

/** The lines a `#![allow]` covers: its enclosing module, function body or block; the file at the top level. */
function enclosing(attribute: SyntaxNode, file: SourceLines): [number, number] {
  const parent = attribute.parent;
  if (!parent || parent.type === 'source_file') return [1, lastLine(file)];
  return [startLine(parent), endLine(parent)];
}

/** The module files a file-level `#![allow]` reaches, or an `#[allow]` on a `mod name;` declaration. */
function reachedModules(attribute: SyntaxNode, target: SyntaxNode | null, file: SourceLines): string[] | undefined {
  if (attribute.type !== 'attribute_item')
    return attribute.parent?.type === 'source_file' ? [moduleFolder(file.filename)] : undefined;
  if (target?.type !== 'mod_item' || target.childForFieldName('body')) return undefined;
  const name = target.childForFieldName('name')?.text;
  return name ? [`${moduleFolder(file.filename)}${name}.rs`, `${moduleFolder(file.filename)}${name}/`] : undefined;
}

/** rustc's and Clippy's `#[allow(lint)]` / `#[expect(lint)]` on an item, statement or block, and `#![allow]`. */
export const rustAttributeReader: SuppressionReader = {
  marker: /#!?\[[^\]]*\b(?:allow|expect)\s*\(/,
  // tree-sitter-rust reads a `#![...]` on the first line as a shebang.
  nodeTypes: ['attribute_item', 'inner_attribute_item', 'shebang'],
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    return nodes.flatMap((node) => {
      if (node.type === 'shebang')
        return node.text.startsWith('#![') ? allowed(node.text, 1, lastLine(file), [moduleFolder(file.filename)]) : [];
      if (node.type === 'inner_attribute_item')
        return allowed(node.text, ...enclosing(node, file), reachedModules(node, null, file));
      const target = attributed(node);
      return target ? allowed(node.text, startLine(node), endLine(target), reachedModules(node, target, file)) : [];
    });
  },
};

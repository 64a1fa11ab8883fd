import correct from 'spdx-correct';
import parse from 'spdx-expression-parse';

type Node = ReturnType<typeof parse>;

/** Whether a string parses as an SPDX expression. */
function parses(expression: string): boolean {
  try {
    parse(expression);
    return true;
  } catch {
    return false;
  }
}

/**
 * The SPDX expression a declaration means: itself when it is one (`MIT OR Apache-2.0`), the SPDX id a common name or
 * misspelling stands for (`Apache License, Version 2.0` → `Apache-2.0`, `BSD` → `BSD-2-Clause`), Cargo's old slash
 * form (`MIT/Apache-2.0` → `MIT OR Apache-2.0`); null for what names no license (`UNLICENSED`, `SEE LICENSE IN …`).
 */
export function toSpdx(declared: string): string | null {
  const text = declared.trim();
  if (text === '' || /^(UNLICENSED|SEE LICEN[CS]E IN\b|NOASSERTION$|UNKNOWN$)/i.test(text)) return null;
  if (parses(text)) return text;
  if (text.includes('/') && !/\s/.test(text)) {
    const parts = text.split('/').map((part) => toSpdx(part));
    if (parts.every((part) => part !== null)) return parts.join(' OR ');
  }
  return correct(text, { upgrade: true }) ?? null;
}

/** The SPDX ids an expression names (`+` and exceptions dropped). */
export function licenseIds(expression: string): string[] {
  const ids = new Set<string>();
  const visit = (node: Node) => {
    if ('license' in node) ids.add(node.license);
    else {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(parse(expression));
  return [...ids];
}

/**
 * Whether a licensee can choose terms the policy permits: every id of an `AND`, one side of an `OR`; an id is permitted
 * when it is not denied and, when an allowed list is given, on it.
 */
export function permitted(expression: string, allowed: ReadonlySet<string>, denied: ReadonlySet<string>): boolean {
  const visit = (node: Node): boolean => {
    if ('license' in node) return !denied.has(node.license) && (allowed.size === 0 || allowed.has(node.license));
    return node.conjunction === 'and' ? visit(node.left) && visit(node.right) : visit(node.left) || visit(node.right);
  };
  return visit(parse(expression));
}

/** Whether an id is a known SPDX license id (a policy naming an unknown id is a mistake to report). */
export function isSpdxId(id: string): boolean {
  try {
    const node = parse(id);
    return 'license' in node && !node.license.startsWith('LicenseRef-');
  } catch {
    return false;
  }
}

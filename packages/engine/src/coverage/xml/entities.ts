const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*)?;?/g;

/** Replaces XML's predefined entities and character references; undefined when one is unknown or unterminated. */
export function decodeEntities(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let valid = true;
  const decoded = text.replace(REFERENCE, (whole: string, name: string | undefined) => {
    if (name === undefined || !whole.endsWith(';')) return ((valid = false), whole);
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code > 0x10ffff) return ((valid = false), whole);
      return String.fromCodePoint(code);
    }
    const named = NAMED[name];
    if (named === undefined) valid = false;
    return named ?? whole;
  });
  return valid ? decoded : undefined;
}

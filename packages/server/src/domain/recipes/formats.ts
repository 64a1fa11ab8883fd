// A recipe's code as each client inserts it. Codiga marks user inputs `&[USER_INPUT:n:default]` or `&[USER_INPUT:n]`;
// its other variables (dates, file names) are left for the clients, which replace them themselves.
const USER_INPUT = /&\[USER_INPUT:(\d+)(?::([^\]]*))?\]/g;

const decode = (code: string): string => Buffer.from(code, 'base64').toString('utf8');
const encode = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** VS Code's (and Neovim's LSP) snippet syntax: `${1:default}`, `$1`; a literal `$` escaped. */
export function vscodeFormat(code: string): string {
  const text = decode(code).replace(/\$/g, '\\$');
  return encode(
    text.replace(USER_INPUT, (_all, n: string, fallback?: string) => (fallback ? `\${${n}:${fallback}}` : `$${n}`)),
  );
}

/** The code as a reader sees it (and as JetBrains inserts it): each input at its default. */
export function presentableFormat(code: string): string {
  return encode(decode(code).replace(USER_INPUT, (_all, _n: string, fallback?: string) => fallback ?? ''));
}

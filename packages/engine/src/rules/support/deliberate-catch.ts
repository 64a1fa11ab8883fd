/**
 * A caught exception's name that says the swallow is deliberate: PMD EmptyCatchBlock's `allowExceptionNameRegex`
 * default (`ignored`, `expected`), IntelliJ's `ignore` and Error Prone's `unused…` prefix.
 */
const DELIBERATE_NAME = /^(?:ignored?|expected|unused(?:[A-Z_]\w*)?)$/;

export function isDeliberateCatchName(name: string | undefined): boolean {
  return name !== undefined && DELIBERATE_NAME.test(name.replace(/^\$/, ''));
}

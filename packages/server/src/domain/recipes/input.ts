// The checks of what a client sends for a recipe or a cookbook: each names its field and what it expected.
import { Invalid } from '../errors.js';
import { requireName } from '../validate.js';

/** The most code a recipe may hold, in base64 characters. */
export const MAX_CODE_LENGTH = 200_000;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Recipes travel in base64, as Codiga's clients send and read them. */
export function requireCode(value: string): string {
  const code = value.replace(/\s+/g, '');
  if (code === '' || code.length > MAX_CODE_LENGTH || code.length % 4 !== 0 || !BASE64.test(code))
    throw new Invalid('code', `expected the recipe's code in base64, at most ${MAX_CODE_LENGTH} characters`);
  return code;
}

export function requireLanguage(field: string, value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9+#]{0,39}$/.test(value)) throw new Invalid(field, 'expected a language such as Python');
  return value;
}

export function optionalText(field: string, value: string | null | undefined, maxLength: number): string {
  if (value === null || value === undefined) return '';
  if (value.length > maxLength) throw new Invalid(field, `expected at most ${maxLength} characters`);
  return value.trim();
}

/** A list of short words; lower-cased when they are matched whatever their case (keywords, tags). */
export function requireWords(
  field: string,
  values: readonly string[] | null | undefined,
  options: { max: number; lowerCase: boolean },
): string[] {
  const list = values ?? [];
  if (list.length > options.max) throw new Invalid(field, `expected at most ${options.max} entries`);
  const words = list.map((value) => {
    const word = requireName(field, value, 200);
    return options.lowerCase ? word.toLowerCase() : word;
  });
  return [...new Set(words)];
}

export function optionalShortcut(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^[A-Za-z0-9_.-]{1,50}$/.test(value))
    throw new Invalid('shortcut', 'expected 1-50 letters, digits, dots, dashes or underscores');
  return value;
}

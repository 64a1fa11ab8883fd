import { decodeEntities } from './entities.js';
import type { XmlAttributes } from './tokenizer.js';

const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

/**
 * The attributes of a tag's body (`name a="1" b='2'`), read from `at`, just past the element's name; or, as a string,
 * what is wrong with them. A scan by hand: a regular expression here was a third of a JaCoCo report's parse.
 */
export function readAttributes(body: string, at: number, element: string): XmlAttributes | string {
  const attributes: Record<string, string> = {};
  const malformed = `a malformed attribute in <${element}>`;
  const end = body.length;
  let i = at;
  for (;;) {
    const gap = i;
    while (i < end && isSpace(body.charCodeAt(i))) i++;
    if (i === end) return attributes;
    if (i === gap) return malformed; // attributes are separated by white space
    const nameStart = i;
    while (i < end && body.charCodeAt(i) !== EQUALS && !isSpace(body.charCodeAt(i))) i++;
    const name = body.slice(nameStart, i);
    while (i < end && isSpace(body.charCodeAt(i))) i++;
    if (body.charCodeAt(i++) !== EQUALS) return malformed;
    while (i < end && isSpace(body.charCodeAt(i))) i++;
    const quote = body.charCodeAt(i);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return malformed;
    const close = body.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
    if (close === -1) return malformed;
    const value = decodeEntities(body.slice(i + 1, close));
    if (value === undefined) return `an unknown entity in attribute ${name} of <${element}>`;
    if (name !== '__proto__') attributes[name] = value; // no report names one; a plain object must not take it
    i = close + 1;
  }
}

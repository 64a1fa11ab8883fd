import { CoverageError } from '../coverage-error.js';
import type { CoverageFormat } from '../model.js';
import { XmlTokenizer, type XmlAttributes, type XmlHandler } from './tokenizer.js';

/** Streams a report through a format's handler; errors come out naming the format. */
export async function readXml(chunks: AsyncIterable<string>, handler: XmlHandler, format: CoverageFormat) {
  const tokenizer = new XmlTokenizer(handler);
  try {
    for await (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
  } catch (error) {
    throw error instanceof CoverageError ? error.at(undefined, format) : error;
  }
}

/** A non-negative number attribute; `fallback` when absent and allowed to be. */
export function countAttribute(attributes: XmlAttributes, element: string, name: string, fallback?: number): number {
  const text = attributes[name];
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CoverageError(`<${element}> has no ${name} attribute`);
  }
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!(value >= 0) || value === Infinity) {
    throw new CoverageError(`${name}="${text.slice(0, 20)}" of <${element}> is not a non-negative number`);
  }
  return value;
}

/** A required text attribute. */
export function textAttribute(attributes: XmlAttributes, element: string, name: string): string {
  const value = attributes[name];
  if (value === undefined || value.trim() === '') throw new CoverageError(`<${element}> has no ${name} attribute`);
  return value;
}

/** Refuses a document whose root is not the format's. */
export function expectRoot(name: string, root: string, format: string): void {
  if (name !== root) throw new CoverageError(`the root element is <${name.slice(0, 40)}>, not ${format}'s <${root}>`);
}

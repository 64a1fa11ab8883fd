import { parsePairs } from './parse.js';

/** Settings read from a file. */
export class Settings {
  private readonly values: Record<string, string>;

  constructor(text: string) {
    this.values = parsePairs(text);
  }

  get(key: string, fallback?: string): string {
    const value = this.values[key] ?? fallback;
    if (value === undefined) {
      throw new Error(`missing setting ${key}`);
    }
    return value;
  }
}

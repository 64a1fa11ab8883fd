import { CoverageError } from '../coverage-error.js';
import { readAttributes } from './attributes.js';
import { decodeEntities } from './entities.js';

export type XmlAttributes = Readonly<Record<string, string | undefined>>;

/** What a coverage format does with the elements of a document. */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  text(text: string): void;
}

/** A tag, comment or declaration longer than this is refused: coverage reports have none near it. */
const MAX_MARKUP = 1024 * 1024;
const NAME = /^[^\s/>]+/;

/**
 * A streaming, non-validating XML reader for coverage reports: elements, attributes, text, CDATA; skips the
 * prolog, comments, processing instructions and the DOCTYPE (no external entities are ever read). It checks that
 * tags nest and close, and that the document has one root; errors name the line.
 */
export class XmlTokenizer {
  private buffer = '';
  /** The report line that `buffer` starts on. */
  private line = 1;
  private readonly open: string[] = [];
  private rootSeen = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const text = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    this.consume(text, this.scan(text, false));
  }

  end(): void {
    const text = this.buffer;
    const stop = this.scan(text, true);
    if (stop < text.length) throw this.error(text, stop, 'the report ends inside a tag');
    this.consume(text, stop);
    if (this.open.length > 0) throw this.error('', 0, `the report ends before </${this.open.at(-1)}>`);
    if (!this.rootSeen) throw this.error('', 0, 'the report has no root element');
  }

  /** Reads every complete token of `text`; answers where the unread rest starts. */
  private scan(text: string, final: boolean): number {
    let at = 0;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt === -1) return this.partialText(text, at, final);
      if (lt > at) this.text(text, at, text.slice(at, lt));
      const end = markupEnd(text, lt, final);
      if (end === -1) {
        if (text.length - lt > MAX_MARKUP) throw this.error(text, lt, 'a tag is longer than 1 MiB (unterminated?)');
        return lt;
      }
      this.markup(text, lt, end);
      at = end;
    }
    return at;
  }

  /** Text up to the end of the chunk, holding back a character reference the next chunk may complete. */
  private partialText(text: string, at: number, final: boolean): number {
    const amp = text.lastIndexOf('&');
    const stop = !final && amp >= at && !text.includes(';', amp) && text.length - amp < 16 ? amp : text.length;
    if (stop > at) this.text(text, at, text.slice(at, stop));
    return stop;
  }

  private text(text: string, at: number, raw: string): void {
    if (this.open.length === 0) {
      const stray = raw.length - raw.trimStart().length;
      if (stray < raw.length) throw this.error(text, at + stray, 'text outside the root element');
      return;
    }
    const decoded = decodeEntities(raw);
    if (decoded === undefined) throw this.error(text, at, 'an unknown or unterminated entity reference in text');
    this.call(text, at, () => this.handler.text(decoded));
  }

  private markup(text: string, lt: number, end: number): void {
    const second = text.charCodeAt(lt + 1);
    if (text.startsWith('<![CDATA[', lt)) {
      if (this.open.length === 0) throw this.error(text, lt, 'CDATA outside the root element');
      const data = text.slice(lt + 9, end - 3);
      return this.call(text, lt, () => this.handler.text(data));
    }
    if (second === 33 /* ! */ || second === 63 /* ? */) return; // comment, DOCTYPE, processing instruction
    if (second === 47 /* / */) return this.closeTag(text, lt, text.slice(lt + 2, end - 1).trim());
    this.openTag(text, lt, end);
  }

  private openTag(text: string, lt: number, end: number): void {
    const selfClosing = text.charCodeAt(end - 2) === 47; /* / */
    const body = text.slice(lt + 1, selfClosing ? end - 2 : end - 1);
    const name = NAME.exec(body)?.[0];
    if (name === undefined) throw this.error(text, lt, 'a "<" that starts no tag (write &lt; in text)');
    if (this.open.length === 0 && this.rootSeen) throw this.error(text, lt, `<${name}> after the root element`);
    const attributes = readAttributes(body, name.length, name);
    if (typeof attributes === 'string') throw this.error(text, lt, attributes);
    this.rootSeen = true;
    this.call(text, lt, () => this.handler.open(name, attributes));
    if (selfClosing) this.call(text, lt, () => this.handler.close(name));
    else this.open.push(name);
  }

  private closeTag(text: string, lt: number, name: string): void {
    const expected = this.open.pop();
    if (expected === undefined) throw this.error(text, lt, `</${name}> closes no open element`);
    if (expected !== name) throw this.error(text, lt, `expected </${expected}>, found </${name}>`);
    this.call(text, lt, () => this.handler.close(name));
  }

  /** Runs a handler, placing its complaint at the tag that caused it. */
  private call(text: string, at: number, run: () => void): void {
    try {
      run();
    } catch (error) {
      if (!(error instanceof CoverageError) || error.line !== undefined) throw error;
      throw this.error(text, at, error.detail);
    }
  }

  private error(text: string, at: number, detail: string): CoverageError {
    return new CoverageError(detail, this.line + countLineFeeds(text, 0, at));
  }

  private consume(text: string, stop: number): void {
    this.line += countLineFeeds(text, 0, stop);
    this.buffer = stop === text.length ? '' : text.slice(stop);
  }
}

/** Where the markup opened at `lt` ends (just past its `>`), or -1 when the text so far does not hold its end. */
function markupEnd(text: string, lt: number, final: boolean): number {
  const closer = (terminator: string, from: number) => {
    const found = text.indexOf(terminator, from);
    return found === -1 ? -1 : found + terminator.length;
  };
  if (!final && text.length - lt < 9) return -1; // too short to tell a comment from CDATA yet
  if (text.startsWith('<!--', lt)) return closer('-->', lt + 4);
  if (text.startsWith('<![CDATA[', lt)) return closer(']]>', lt + 9);
  if (text.startsWith('<?', lt)) return closer('?>', lt + 2);
  if (text.startsWith('<!', lt)) return declarationEnd(text, lt);
  return tagEnd(text, lt);
}

/** A DOCTYPE ends at the first `>` after its internal subset `[...]`, if it has one. */
function declarationEnd(text: string, lt: number): number {
  const gt = text.indexOf('>', lt);
  const bracket = text.indexOf('[', lt);
  if (bracket === -1 || (gt !== -1 && gt < bracket)) return gt === -1 ? -1 : gt + 1;
  const close = text.indexOf(']', bracket);
  if (close === -1) return -1;
  const end = text.indexOf('>', close);
  return end === -1 ? -1 : end + 1;
}

/** A tag ends at the first `>` outside a quoted attribute value. */
function tagEnd(text: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return i + 1;
  }
  return -1;
}

function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

import { describe, expect, it } from 'vitest';
import { CoverageError } from '../coverage-error.js';
import { XmlTokenizer, type XmlAttributes } from './tokenizer.js';

/** Every event the tokenizer gives, fed `size` characters at a time. */
function events(xml: string, size: number): string[] {
  const seen: string[] = [];
  const tokenizer = new XmlTokenizer({
    open: (name: string, attributes: XmlAttributes) => seen.push(`<${name} ${JSON.stringify(attributes)}>`),
    close: (name: string) => seen.push(`</${name}>`),
    text: (text: string) => {
      if (text.trim() === '') return;
      if (seen.at(-1)?.startsWith('text:')) seen[seen.length - 1] += text;
      else seen.push(`text:${text}`);
    },
  });
  for (let at = 0; at < xml.length; at += size) tokenizer.write(xml.slice(at, at + size));
  tokenizer.end();
  return seen;
}

const DOCUMENT = `<?xml version="1.0"?>
<!DOCTYPE coverage [ <!ELEMENT coverage ANY> ]>
<!-- a comment with <tags> and > inside -->
<coverage a = '1' b="x &amp; y &#65;&#x42;" c="<>" __proto__="p">
  <source>/ci/r&#233;po</source><![CDATA[<not a tag>]]>
  <?pi data?>
  <line n="1"/><line
    n="2"
  />
</coverage>
`;

describe('XmlTokenizer', () => {
  it('reads elements, attributes in either quotes, entities, CDATA; skips comments, DOCTYPE and PIs', () => {
    const expected = [
      '<coverage {"a":"1","b":"x & y AB","c":"<>"}>',
      '<source {}>',
      'text:/ci/répo',
      '</source>',
      'text:<not a tag>',
      '<line {"n":"1"}>',
      '</line>',
      '<line {"n":"2"}>',
      '</line>',
      '</coverage>',
    ];
    for (const size of [1, 2, 5, 17, DOCUMENT.length]) expect(events(DOCUMENT, size)).toEqual(expected);
  });

  it.each([
    ['<a x="1"y="2"/>', 'line 1: a malformed attribute in <a>'],
    ['<a x=1/>', 'line 1: a malformed attribute in <a>'],
    ['<a x="1/>', 'the report ends inside a tag'],
    ['<a>\n</b>', 'line 2: expected </a>, found </b>'],
    ['<a>&nbsp;</a>', 'line 1: an unknown or unterminated entity reference in text'],
    ['<a/>\n<b/>', 'line 2: <b> after the root element'],
    ['<!-- nothing -->', 'the report has no root element'],
    ['<a>< b</a>', 'line 1: a "<" that starts no tag'],
  ])('refuses %j', (xml, message) => {
    expect(() => events(xml, 3)).toThrow(CoverageError);
    expect(() => events(xml, 3)).toThrow(message);
  });
});

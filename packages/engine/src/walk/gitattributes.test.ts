import { describe, expect, it } from 'vitest';
import { parseGitattributes } from './gitattributes.js';

/** The attributes the last matching line of `text` (at the root) gives `file`, as AttributeStack combines them. */
function attributesOf(text: string, file: string) {
  return parseGitattributes(text, '')
    .filter((rule) => rule.matches(file))
    .reduce((all, rule) => ({ ...all, ...rule.attributes }), {});
}

describe('parseGitattributes', () => {
  it.each([
    ['vendor/** linguist-vendored', 'vendor/a/b.c', { vendored: true }],
    ['*.c linguist-vendored=true', 'src/deep/a.c', { vendored: true }],
    ['/src/lzf.c linguist-vendored', 'src/lzf.c', { vendored: true }],
    ['src/*.c linguist-generated', 'src/a.c', { generated: true }],
    ['* linguist-vendored\n*.js linguist-vendored=false', 'web/app.js', { vendored: false }],
    ['*.c linguist-vendored\n*.c !linguist-vendored', 'a.c', { vendored: null }],
    ['*.c -linguist-generated text eol=lf', 'a.c', { generated: false }],
  ])('%j gives %s %j', (text, file, expected) => {
    expect(attributesOf(text, file)).toEqual(expected);
  });

  it.each([
    // A pattern naming a directory does not cover its files in git; `dir/**` does.
    ['vendor linguist-vendored', 'vendor/a.c'],
    ['vendor/ linguist-vendored', 'vendor/a.c'],
    ['vendor/* linguist-vendored', 'vendor/a/b.c'],
    ['/lzf.c linguist-vendored', 'src/lzf.c'],
    ['# *.c linguist-vendored', 'a.c'],
    ['*.c text eol=lf', 'a.c'],
    ['[attr]third-party linguist-vendored', 'a.c'],
  ])('%j gives %s nothing', (text, file) => {
    expect(attributesOf(text, file)).toEqual({});
  });
});

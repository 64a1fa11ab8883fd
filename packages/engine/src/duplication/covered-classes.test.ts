import { describe, expect, it } from 'vitest';
import { dropCoveredClasses } from './covered-classes.js';
import type { CloneClass } from './types.js';

/** A class from `file:line-lineEnd` places; token count only orders the report. */
function clone(tokenCount: number, ...places: string[]): CloneClass {
  const occurrences = places.map((place) => {
    const [filename = '', lines = ''] = place.split(':');
    const [line = 0, lineEnd = 0] = lines.split('-').map(Number);
    return { filename, line, lineEnd };
  });
  return { tokenCount, lineCount: 0, code: '', kind: 'similar', occurrences };
}

const kept = (classes: CloneClass[]) => dropCoveredClasses(classes).map((found) => found.tokenCount);

describe('dropCoveredClasses', () => {
  it('drops a class on the lines of another found in more places (a longer match among fewer table rows)', () => {
    expect(
      kept([
        clone(74, 'p.c:57-64', 'p.c:65-72', 'p.c:107-114'),
        clone(56, 'p.c:57-64', 'p.c:65-72', 'p.c:107-114', 'p.c:115-122'),
      ]),
    ).toEqual([56]);
  });

  it('drops a class inside the wider lines of one found in as many places, whichever is listed first', () => {
    expect(
      kept([clone(71, 'socket.c:357-365', 'unix.c:148-156'), clone(106, 'socket.c:349-365', 'unix.c:148-160')]),
    ).toEqual([106]);
    expect(
      kept([clone(106, 'socket.c:349-365', 'unix.c:148-160'), clone(71, 'socket.c:357-365', 'unix.c:148-156')]),
    ).toEqual([106]);
  });

  it('keeps the first of two classes on the very same lines', () => {
    expect(kept([clone(60, 'a.c:1-9', 'b.c:1-9'), clone(58, 'a.c:1-9', 'b.c:1-9')])).toEqual([60]);
  });

  it('keeps a class found in more places than the one whose lines hold it', () => {
    expect(
      kept([clone(115, 'one.js:3-13', 'two.js:3-13'), clone(66, 'one.js:4-10', 'two.js:4-10', 'three.js:3-9')]),
    ).toEqual([115, 66]);
  });

  it('keeps a class with one occurrence outside the other class', () => {
    expect(kept([clone(90, 'a.c:1-20', 'b.c:1-20'), clone(60, 'a.c:2-9', 'c.c:2-9')])).toEqual([90, 60]);
  });
});

import { describe, expect, it } from 'vitest';
import { commitFigures } from './produce.js';
import { isTimeZone, localDate, requireDay, startOfDay, weekBefore, weekUntil } from './window.js';

describe('report windows', () => {
  it('starts a day at local midnight, on either side of a DST change', () => {
    expect(startOfDay('2026-12-07', 'Europe/Berlin').toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(startOfDay('2026-07-06', 'Europe/Berlin').toISOString()).toBe('2026-07-05T22:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('covers the seven local days before the report, however long they are', () => {
    // Berlin leaves summer time on 2026-10-25: that week lasts 7 days and one hour.
    const window = weekBefore('2026-10-26', 'Europe/Berlin');
    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([
      '2026-10-18T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ]);
    const now = new Date('2026-12-06T12:00:00Z');
    expect(weekUntil(now, 'Pacific/Auckland')).toEqual({
      date: '2026-12-07',
      start: new Date('2026-11-29T12:00:00Z'),
      end: now,
    });
    expect(localDate(new Date('2026-12-06T23:30:00Z'), 'Europe/Berlin')).toBe('2026-12-07');
  });

  it('takes only real days and known time zones', () => {
    expect(requireDay('date', '2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', 'monday'])
      expect(() => requireDay('date', bad)).toThrow(/^date: expected a day as YYYY-MM-DD/);
    expect([isTimeZone('Europe/Berlin'), isTimeZone('UTC'), isTimeZone('Mars/Olympus'), isTimeZone('')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('commit figures', () => {
  const commit = (sha: string, email: string, additions: number, deletions: number) => ({
    sha,
    authorName: email.split('@')[0]!,
    authorEmail: email,
    title: `commit ${sha}`,
    additions,
    deletions,
  });

  it('ranks commits by lines changed and authors by commits, one author whatever the case of the email', () => {
    const figures = commitFigures([
      commit('a', 'ann@x.test', 1, 1),
      commit('b', 'Ann@X.test', 100, 0),
      commit('c', 'bo@x.test', 10, 60),
      commit('d', 'cy@x.test', 0, 0),
    ]);
    expect(figures.largestCommits.map((c) => c.ref)).toEqual(['b', 'c', 'a', 'd']);
    expect(figures.topContributors.map((c) => [c.email, c.nbCommits, c.nbAdditions, c.nbDeletions])).toEqual([
      ['ann@x.test', 2, 101, 1],
      ['bo@x.test', 1, 10, 60],
      ['cy@x.test', 1, 0, 0],
    ]);
    expect([figures.nbCommits, figures.nbAdditions, figures.nbDeletions]).toEqual([4, 111, 61]);
  });
});

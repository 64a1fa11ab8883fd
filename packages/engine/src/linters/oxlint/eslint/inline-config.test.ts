import { describe, expect, it } from 'vitest';
import { rulesTurnedOffInline } from './inline-config.js';

describe('rulesTurnedOffInline', () => {
  it.each([
    ['a rule turned off by number', '/* eslint no-console: 0 */', ['no-console']],
    [
      'several, quoted, with options and a description',
      '/* eslint "eqeqeq": ["off", "smart"], no-var: off -- old */',
      ['eqeqeq', 'no-var'],
    ],
    ['a plugin rule', "/*eslint @typescript-eslint/no-explicit-any: 'off'*/", ['@typescript-eslint/no-explicit-any']],
    ['a rule turned on', '/* eslint eqeqeq: "error" */', []],
    ['a disable directive, which oxlint reads itself', '/* eslint-disable no-console */', []],
    ['a line comment, which ESLint does not read as configuration', '// eslint no-console: 0', []],
  ])('reads %s', (_name, source, expected) => {
    expect([...rulesTurnedOffInline(source)]).toEqual(expected);
  });
});

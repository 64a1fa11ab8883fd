import { describe, expect, it } from 'vitest';
import { targetFromRequiresPython } from './requires-python.js';

describe('targetFromRequiresPython', () => {
  it.each([
    ['>=3.10', 'py310'],
    ['>= 3.9, <4', 'py39'],
    ['~=3.11.2', 'py311'],
    ['==3.12.*', 'py312'],
    ['>3.8,!=3.9.*', 'py38'],
    ['<3.13', undefined],
    ['>=3.6', undefined],
    ['>=2.7', undefined],
  ])('%s gives %s', (specifiers, target) => {
    expect(targetFromRequiresPython(specifiers)).toBe(target);
  });
});

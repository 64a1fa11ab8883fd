import { describe, expect, it } from 'vitest';
import type { Severity, ViolationCategory } from '../findings/types.js';
import { debtRatio, maintainabilityRating, ratingForSeverity, reliabilityRating, securityRating } from './ratings.js';

const finding = (category: ViolationCategory, severity: Severity) => ({ category, severity });

describe('debtRatio', () => {
  it('divides debt minutes by 30 minutes per code line', () => {
    expect(debtRatio(600, 1000)).toBe(0.02);
    expect(debtRatio(600, 1000, 60)).toBe(0.01);
    expect(debtRatio(600, 0)).toBe(0);
  });
});

describe('maintainabilityRating', () => {
  it.each([
    [0, 'A'],
    [0.05, 'A'],
    [0.0501, 'B'],
    [0.1, 'B'],
    [0.15, 'C'],
    [0.2, 'C'],
    [0.3, 'D'],
    [0.5, 'D'],
    [0.5001, 'E'],
    [4, 'E'],
  ])('rates a debt ratio of %s as %s', (ratio, rating) => {
    expect(maintainabilityRating(ratio)).toBe(rating);
  });

  it('reads a custom grid', () => {
    expect(maintainabilityRating(0.04, [0.01, 0.02, 0.03, 0.05])).toBe('D');
  });
});

describe('reliability and security ratings', () => {
  it.each([
    [null, 'A'],
    ['info', 'A'],
    ['low', 'B'],
    ['moderate', 'C'],
    ['high', 'D'],
    ['critical', 'E'],
  ] as const)('rates a worst severity of %s as %s', (severity, rating) => {
    expect(ratingForSeverity(severity)).toBe(rating);
  });

  it('rates reliability from the worst Error_Prone or Safety finding only', () => {
    expect(
      reliabilityRating([finding('Error_Prone', 'low'), finding('Safety', 'high'), finding('Security', 'critical')]),
    ).toBe('D');
    expect(reliabilityRating([finding('Code_Style', 'critical'), finding('Error_Prone', 'moderate')])).toBe('C');
    expect(reliabilityRating([finding('Security', 'critical')])).toBe('A');
  });

  it('rates security from the worst Security finding only', () => {
    expect(
      securityRating([finding('Security', 'low'), finding('Security', 'critical'), finding('Error_Prone', 'high')]),
    ).toBe('E');
    expect(securityRating([finding('Error_Prone', 'critical')])).toBe('A');
    expect(securityRating([])).toBe('A');
  });
});

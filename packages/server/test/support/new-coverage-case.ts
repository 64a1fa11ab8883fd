// A file and its change for new coverage tests: line 2 changed, lines 7 to 10 added (9 and 10 executable).

export const CALC_BASE = 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n';
export const CALC_CHANGED = `${CALC_BASE.replace('a + b', 'b + a')}\n\ndef mul(a, b):\n    return a * b\n`;

/** A policy that only new coverage can fail: every other condition as lenient as it goes. */
export const NEW_COVERAGE_POLICY = {
  new_critical_max: 100,
  new_high_max: 100,
  duplication_pct_max: 100,
  complexity_new_max: 100,
  rating_min: 'E',
  new_coverage_min: 80,
};

/** An lcov report of app/calc.py with these hits per line. */
export const calcLcov = (hits: Record<number, number>) => {
  const lines = Object.entries(hits).map(([line, count]) => `DA:${line},${count}\n`);
  const covered = Object.values(hits).filter((count) => count > 0).length;
  return `TN:\nSF:app/calc.py\n${lines.join('')}LF:${lines.length}\nLH:${covered}\nend_of_record\n`;
};

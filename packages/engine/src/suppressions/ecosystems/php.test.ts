import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

describe('PHP suppressions: phpcs:ignore / disable / enable, @phpstan-ignore', () => {
  testSuppressions('php', [
    {
      name: 'phpcs:ignore before a line or trailing it, with the sniff or its standard',
      code: `<?php
// phpcs:ignore Squiz.PHP.Eval -- templates are compiled here
eval($_GET['code']);
eval($_GET['code']); // phpcs:ignore Squiz.PHP
eval($_GET['code']); // phpcs:ignore Generic.PHP
`,
      // The opt-in hotspot twin shares the sniff, so the same comment silences it.
      suppressed: ['php/eval:3', 'php/eval:4', 'php/eval-hotspot:3', 'php/eval-hotspot:4'],
      kept: ['php/eval:5', 'php/eval-hotspot:5'],
    },
    {
      name: 'phpcs:disable … phpcs:enable covers the lines between',
      code: `<?php
// phpcs:disable
eval($_GET['code']);
// phpcs:enable
eval($_GET['code']);
`,
      suppressed: ['php/eval:3', 'php/eval-hotspot:3'],
      kept: ['php/eval:5', 'php/eval-hotspot:5'],
    },
    {
      name: 'PHPStan: -next-line, -line, and identifiers',
      code: `<?php
/** @phpstan-ignore-next-line */
$a = $x == null;
$b = $x == null; // @phpstan-ignore-line
// @phpstan-ignore equal.notAllowed (legacy API)
$c = $x == null;
// @phpstan-ignore argument.type
$d = $x == null;
`,
      suppressed: ['php/loose-comparison:3', 'php/loose-comparison:4', 'php/loose-comparison:6'],
      kept: ['php/loose-comparison:8'],
    },
  ]);
});

import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-rescue.js';

testRule(rule, {
  valid: [
    'begin\n  a\nrescue => e\n  log(e)\nend',
    'begin\n  a\nrescue IOError\n  # the file is optional\nend',
    'begin\n  a\nrescue IOError\n  nil\nend',
    'x = a rescue nil',
    'begin\n  require "rackup"\nrescue LoadError\nend',
    'def f\n  a\nrescue StandardError\n  retry\nend',
  ],
  invalid: [
    { code: 'begin\n  require "x"\nrescue LoadError, NameError\nend', errors: [{ line: 3 }] },
    { code: 'begin\n  a\nrescue\nend', errors: [{ line: 3, message: 'Empty `rescue` swallows the exception.' }] },
    { code: 'def f\n  a\nrescue IOError => e\nensure\n  close\nend', errors: [{ line: 3 }] },
    { code: 'begin\n  a\nrescue IOError\nrescue StandardError\n  log\nend', errors: [{ line: 3 }] },
    { code: 'items.each do |i|\n  i.save!\nrescue ActiveRecord::RecordInvalid\nend', errors: [{ line: 3 }] },
  ],
});

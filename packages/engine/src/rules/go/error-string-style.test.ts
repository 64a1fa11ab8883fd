import { testRule } from '../rule-tester.case.js';
import { rule } from './error-string-style.js';

testRule(rule, {
  valid: [
    'package p\nvar e = errors.New("could not open file")',
    'package p\nvar e = errors.New("HTTP request failed")',
    'package p\nvar e = fmt.Errorf("NewReader: %w", err)',
    'package p\nvar e = errors.New("waiting...")',
    'package p\nvar e = errors.New(msg)',
    'package p\nvar e = fmt.Sprintf("Done.")',
    // The first word names code: the call that failed, or a name the file declares (staticcheck ST1005 alike).
    'package p\nfunc f() error {\n\treturn fmt.Errorf("Segments: %w", err)\n}',
    'package p\nfunc Compact() error { return nil }\n' +
      'func f() error {\n\treturn fmt.Errorf("Compact failed for %s", d)\n}',
    // A field the file reads: pgx's range codec.
    'package p\nfunc f(r R) error {\n\t_ = r.Lower\n' +
      '\treturn fmt.Errorf("Lower cannot be NULL unless LowerType is Unbounded")\n}',
    // A proper noun: a platform's name, or a word the file capitalizes mid-sentence (croc's analytics reporter).
    'package p\nvar e = errors.New("Windows-trimmed trailing character")',
    'package p\n// Reporter sends events to Umami without blocking.\nvar e = fmt.Errorf("Umami URL cannot be empty")',
  ],
  invalid: [
    // A capitalised word the file does not declare starts a sentence.
    {
      code: 'package p\nfunc Compactor() {}\nvar e = errors.New("Compact failed")',
      errors: [{ line: 3, message: 'Error string starts with a capital letter.' }],
    },
    // Capitalized only where a sentence starts: not a proper noun.
    {
      code: 'package p\n// Missing values. Missing keys too.\nvar e = errors.New("Missing URL")',
      errors: [{ line: 3, message: 'Error string starts with a capital letter.' }],
    },
    {
      code: 'package p\n\nvar e = errors.New("Could not open file")',
      errors: [{ line: 3, message: 'Error string starts with a capital letter.' }],
    },
    {
      code: 'package p\nfunc f() error {\n\treturn fmt.Errorf("open %s: failed.", name)\n}',
      errors: [{ line: 3, message: 'Error string ends with punctuation.' }],
    },
    {
      code: 'package p\nfunc f() error {\n\treturn fmt.Errorf("open %s failed\\n", name)\n}',
      errors: [{ line: 3, message: 'Error string ends with a newline.' }],
    },
  ],
});

import { rule as cRule } from '../c/switch-fallthrough.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'switch-fallthrough', {
  whatItFinds:
    'A `case` that runs statements and then falls into the next label with no ' +
    '`break`, `return`, `throw` or other jump, and no `[[fallthrough]]` or ' +
    'fall-through comment (clang -Wimplicit-fallthrough, C++ Core Guidelines ES.78). Cases ending in a call ' +
    'that never returns (`std::abort`, `std::exit`, `longjmp`, a function the file declares `[[noreturn]]`, or ' +
    'a macro of the file whose body ends with a jump), or followed by a `/* NOTREACHED */` note, fall-throughs ' +
    'into a case that only breaks or into empty labels that end the switch (`default: ;`), chains of ' +
    'cases that each fall into the next (a cascade by design), and switches noted as falling through on their ' +
    '`switch` line or the comment above it are left alone.',
  example: {
    bad: 'switch (mode) {\ncase Mode::Read:\n  openRead();\ncase Mode::Write:\n  openWrite();\n  break;\n}',
    good: `switch (mode) {
case Mode::Read:
  openRead();
  [[fallthrough]];
case Mode::Write:
  openWrite();
  break;
}`,
  },
});

import { testRule } from '../rule-tester.case.js';
import { rule } from './using-namespace-in-header.js';

testRule(rule, {
  valid: [
    { filename: 'widget.cpp', code: 'using namespace std;' },
    { filename: 'widget.hpp', code: 'using std::string;' },
    { filename: 'widget.hpp', code: 'inline void f() { using namespace std::literals; g(1s); }' },
    { filename: 'widget.hpp', code: 'namespace app { using namespace_alias = int; }' },
    // For argument-dependent lookup, in a namespace no includer opens (fmt).
    { filename: 'base.h', code: 'namespace fmt {\nnamespace adl {\nusing namespace std;\n}\n}' },
    { filename: 'base.hpp', code: 'namespace lib::detail {\nusing namespace std::literals;\n}' },
    // An anonymous namespace: doctest's single header, in its implementation part.
    { filename: 'doctest.h', code: 'namespace doctest {\nnamespace {\n    using namespace detail;\n}\n}' },
    { filename: 'tools.hpp', code: 'using namespace std::literals;\nusing namespace fmt::literals;' },
  ],
  invalid: [
    { filename: 'widget.hpp', code: '#pragma once\nusing namespace std;\nstring name();', errors: [{ line: 2 }] },
    { filename: 'include/widget.hh', code: 'namespace app {\nusing namespace std::chrono;\n}', errors: [{ line: 2 }] },
    { filename: 'widget.HPP', code: 'using namespace boost;', errors: [{ line: 1 }] },
    {
      filename: 'a.hpp',
      code: 'using namespace std;',
      errors: [{ line: 1, message: '`using namespace std` in a header leaks into every file that includes it.' }],
    },
  ],
});

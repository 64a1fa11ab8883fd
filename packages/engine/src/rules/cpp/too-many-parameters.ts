import { rule as cRule } from '../c/too-many-parameters.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'too-many-parameters', {
  whatItFinds:
    'A function or member function definition declaring more parameters than the configured maximum (8 ' +
    'by default; clang-tidy readability-function-size ParameterThreshold). Skipped, as their signature ' +
    'is imposed: `override` and `final` member functions, whose signature the base class fixes; free ' +
    'functions the file uses as values (stored in an initializer or table, assigned, passed as an ' +
    'argument, cast as `(void *)fn`) or names through a token-pasting registration macro, whose ' +
    'parameters are those of the function-pointer type they must match; JNI entry points ' +
    '(`JNIEnv *env, jclass clazz, ...`); a `static` function called in its file only from functions ' +
    'skipped for these reasons (one level); test code, in test files or in an `#ifdef REDIS_TEST`-style ' +
    'branch that builds the tests of the file. Member functions defined inside their class are not ' +
    'looked up as values, since the names of members are often those of local variables too.',
  example: {
    bad:
      'Connection connect(const std::string& host, int port, const std::string& user, const std::string& ' +
      'password, int timeout, int retries, bool tls, const std::string& proxy);',
    good: `struct ConnectOptions { std::string host; int port = 443; /* ... */ };
Connection connect(const ConnectOptions& options);`,
  },
});

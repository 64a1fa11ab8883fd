import { rule as cRule } from '../c/too-many-parameters.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'too-many-parameters', {
  whatItFinds: 'A function or member function definition declaring more parameters than the configured maximum (8 by default; clang-tidy readability-function-size ParameterThreshold). Skipped: `override` and `final` member functions, whose signature the base class fixes; JNI entry points (`JNIEnv *env, jclass clazz, ...`); test code.',
  example: {
    bad: 'Connection connect(const std::string& host, int port, const std::string& user, const std::string& password, int timeout, int retries, bool tls, const std::string& proxy);',
    good: 'struct ConnectOptions { std::string host; int port = 443; /* ... */ };\nConnection connect(const ConnectOptions& options);',
  },
});

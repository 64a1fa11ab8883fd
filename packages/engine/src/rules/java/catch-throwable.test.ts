import { testRule } from '../rule-tester.case.js';
import { rule } from './catch-throwable.js';

testRule(rule, {
  valid: [
    'class A { void f() { try { g(); } catch (Exception e) { } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { cleanUp(); throw t; } } }',
    'class A { void f() { try { g(); } catch (Error e) { throw new IllegalStateException(e); } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { error.set(t); } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { log.error("g failed", t); } } }',
    'class A { void f() { try { g(); } catch (IOError e) { } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { cleanUp(); throw new RuntimeException("g failed"); } } }',
    // netty's ProtobufDecoder: a probe for a method only newer protobuf versions have.
    'class A {\n  static {\n    boolean hasParser = false;\n    try {\n      MessageLite.class.getDeclaredMethod("getParserForType");\n      hasParser = true;\n    } catch (Throwable t) {\n      // Ignore\n    }\n    HAS_PARSER = hasParser;\n  }\n}',
    'class A { Set<String> f() { try { Class.forName("x.Y"); return probe(); } catch (Throwable ignored) { return Collections.emptySet(); } } }',
    // MethodHandle.invoke declares `throws Throwable`: nothing narrower compiles (netty's OpenSslParametersUtil).
    'class A {\n  private static final MethodHandle GET_GROUPS;\n  static String[] groups(SSLParameters p) {\n    try {\n      return (String[]) GET_GROUPS.invoke(p);\n    } catch (Throwable t) {\n      return null;\n    }\n  }\n}',
    'class A { void f(MethodHandle h) { try { h.invoke(); } catch (Throwable ignore) { } } }',
    'class A { long f() { try { return (long) ADDRESS.invokeExact(buf); } catch (Throwable t) { return 0; } } }',
    'class A { void f() { try { java.lang.invoke.MethodHandle h = find(); h.invokeWithArguments(args); } catch (Throwable t) { } } }',
  ],
  invalid: [
    { code: 'class A {\n  Object f() {\n    try { return g(); }\n    catch (Throwable t) { return null; }\n  }\n}', errors: [{ line: 4, message: '`Throwable` is caught and discarded, hiding errors the program cannot recover from.' }] },
    { code: 'class A {\n  void f() {\n    try { g(); } catch (IOException | Error e) { retry(); }\n  }\n}', errors: [{ line: 3, message: /^`Error`/ }] },
    { code: 'class A {\n  void f() {\n    try { g(); }\n    catch (java.lang.Throwable ignored) { }\n  }\n}', errors: [{ line: 4 }] },
    // No probe in the `try`, or a probe whose catch does more than fall back.
    { code: 'class A {\n  Set<X> f() {\n    try { return channel.addresses(); }\n    catch (Throwable ignored) { return Collections.emptySet(); }\n  }\n}', errors: [{ line: 4 }] },
    { code: 'class A {\n  void f() {\n    try { Class.forName("x.Y"); }\n    catch (Throwable t) { retryLater(); }\n  }\n}', errors: [{ line: 4 }] },
    // Reflection's `Method.invoke` declares checked exceptions, not `Throwable`: they can be caught by name.
    { code: 'class A {\n  Method m;\n  Object f() {\n    try { return m.invoke(target); }\n    catch (Throwable t) { return null; }\n  }\n}', errors: [{ line: 5 }] },
  ],
});

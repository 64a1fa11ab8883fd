import { testRule } from '../rule-tester.case.js';
import { rule } from './catch-throwable.js';

testRule(rule, {
  valid: [
    // A comment-only body says the swallow is meant: a best-effort rollback, an optional backend's probe.
    `class A {
  private void rollbackConnection() {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (Throwable t) {
      // ignore
    }
  }
}`,
    'class A {\n  static void tryImplementation(Runnable r) {\n    try {\n      r.run();\n' +
      '    } catch (Throwable t) {\n      /* the backend is optional */\n    }\n  }\n}',
    'class A { void f() { try { g(); } catch (Exception e) { } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { cleanUp(); throw t; } } }',
    // A comment after the block on its line gives the reason.
    'class A {\n  String v() {\n    try { return read(); }\n' +
      '    catch (Throwable ex) { return "old"; } // old agents have no VERSION\n  }\n}',
    'class A { void f() { try { g(); } catch (Error e) { throw new IllegalStateException(e); } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { error.set(t); } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { log.error("g failed", t); } } }',
    'class A { void f() { try { g(); } catch (IOError e) { } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { cleanUp(); throw new RuntimeException("g failed"); } } }',
    // netty's ProtobufDecoder: a probe for a method only newer protobuf versions have.
    `class A {
  static {
    boolean hasParser = false;
    try {
      MessageLite.class.getDeclaredMethod("getParserForType");
      hasParser = true;
    } catch (Throwable t) {
      // Ignore
    }
    HAS_PARSER = hasParser;
  }
}`,
    'class A { Set<String> f() { try { Class.forName("x.Y"); return probe(); } catch (Throwable ignored) { ' +
      'return Collections.emptySet(); } } }',
    // Listing a class's members resolves their types: a class missing from the classpath is an `Error`.
    `class A {
  Class<?> f(Class<?> clazz) {
    try {
      clazz.getDeclaredFields();
      clazz.getDeclaredMethods();
    } catch (Throwable t) {
      // some classes are not on the classpath
      return clazz;
    }
    return null;
  }
}`,
    // MethodHandle.invoke declares `throws Throwable`: nothing narrower compiles (netty's OpenSslParametersUtil).
    `class A {
  private static final MethodHandle GET_GROUPS;
  static String[] groups(SSLParameters p) {
    try {
      return (String[]) GET_GROUPS.invoke(p);
    } catch (Throwable t) {
      return null;
    }
  }
}`,
    'class A { void f(MethodHandle h) { try { h.invoke(); } catch (Throwable ignore) { } } }',
    'class A { long f() { try { return (long) ADDRESS.invokeExact(buf); } catch (Throwable t) { return 0; } } }',
    'class A { void f() { try { java.lang.invoke.MethodHandle h = ' +
      'find(); h.invokeWithArguments(args); } catch (Throwable t) { } } }',
    // Named as ignored (IntelliJ, PMD EmptyCatchBlock) and only falling
    // back or saying why: netty's NioSctpChannel and EpollSocketChannel.
    'class A { void f() { try { g(); } catch (java.lang.Throwable ignored) { } } }',
    'class A { Set<X> f() { try { return channel.addresses(); } ' +
      'catch (Throwable ignored) { return Collections.emptySet(); } } }',
    `class A {
  Object f() {
    try {
      return linger();
    } catch (Throwable ignore) {
      // the channel may be closed meanwhile, see netty#4449
    }
    return null;
  }
}`,
    'class A { void f() { try { submit(); } catch (Throwable ignore) { ' +
      'state.set(RUNNING); /* the loop runs the tasks and retries */ } } }',
    'class A { boolean f() { try { new Builder(); return true; } catch (Throwable expected) { return false; } } }',
    'class A { void f() { try { g(); } catch (Throwable _) { } } }',
    // An earlier clause takes every `Error`: the catch-all receives exceptions only (netty's AbstractChannel).
    `class A {
  Object f() {
    try {
      return unsafe().localAddress();
    } catch (Error e) {
      throw e;
    } catch (Throwable t) {
      return null;
    }
  }
}`,
    'class A { Object f() { try { return g(); } catch (OutOfMemoryError | java.lang.Error e) { throw e; } ' +
      'catch (Throwable t) { return null; } } }',
    // While the class initializes an escaping `Error` fails it for good (netty's EmptyByteBuf and OpenSsl probes).
    `class A {
  static {
    long address = 0;
    try {
      if (hasUnsafe()) { address = directBufferAddress(EMPTY); }
    } catch (Throwable t) {
      // Ignore
    }
    ADDRESS = address;
  }
}`,
    `class A {
  static {
    if (available()) {
      try { useKeyManagerFactory = probe(); }
      catch (Throwable ignore) { logger.debug("Failed to get useKeyManagerFactory system property."); }
    }
  }
}`,
  ],
  invalid: [
    // Said to be ignored, but around a wait: the interrupt is swallowed too. A to-do is no reason.
    {
      code:
        'class A {\n  void pause() {\n    try {\n      Thread.sleep(10);\n    } catch (Throwable e) {\n' +
        '      // ignore\n    }\n  }\n}',
      errors: [{ line: 5 }],
    },
    {
      code: 'class A {\n  void f() {\n    try { g(); } catch (Throwable t) {\n      // TODO handle\n    }\n  }\n}',
      errors: [{ line: 3 }],
    },
    // Code a static initializer only declares (a lambda, an anonymous
    // class's method) runs later, not while the class initializes.
    {
      code: `class A {
  static {
    Runnable r = () -> {
      try { g(); } catch (Throwable t) { }
    };
    Object o = new Object() {
      void run() { try { g(); } catch (Throwable t) { } }
    };
  }
}`,
      errors: [{ line: 4 }, { line: 7 }],
    },
    {
      code: 'class A {\n  Object f() {\n    try { return g(); }\n    catch (Throwable t) { return null; }\n  }\n}',
      errors: [
        { line: 4, message: '`Throwable` is caught and discarded, hiding errors the program cannot recover from.' },
      ],
    },
    {
      code: 'class A {\n  void f() {\n    try { g(); } catch (IOException | Error e) { retry(); }\n  }\n}',
      errors: [{ line: 3, message: /^`Error`/ }],
    },
    {
      code: 'class A {\n  void f() {\n    try { g(); }\n    catch (java.lang.Throwable t) { }\n  }\n}',
      errors: [{ line: 4 }],
    },
    // A member listing whose catch does more than fall back.
    {
      code: `class A {
  void f(Class<?> c) {
    try { c.getDeclaredMethods(); }
    catch (Throwable t) { retryLater(); }
  }
}`,
      errors: [{ line: 4 }],
    },
    // A probe whose catch does more than fall back.
    {
      code: `class A {
  void f() {
    try { Class.forName("x.Y"); }
    catch (Throwable t) { retryLater(); }
  }
}`,
      errors: [{ line: 4 }],
    },
    // Reflection's `Method.invoke` declares checked exceptions, not `Throwable`: they can be caught by name.
    {
      code: `class A {
  Method m;
  Object f() {
    try { return m.invoke(target); }
    catch (Throwable t) { return null; }
  }
}`,
      errors: [{ line: 5 }],
    },
    // An ignored name whose body does something else without saying why, or a
    // comment that gives no name (netty's SpdyHttpDecoder, OioSocketChannel).
    {
      code: `class A {
  void f() {
    try { decode(); }
    catch (Throwable ignored) { ctx.writeAndFlush(reset(streamId)); }
  }
}`,
      errors: [{ line: 4 }],
    },
    {
      code: `class A {
  void f() {
    try { read(); }
    catch (Throwable ignore) { logger.debug("Failed to read the property."); }
  }
}`,
      errors: [{ line: 4 }],
    },
    {
      code: `class A {
  void f() {
    try {
      Thread.sleep(timeout);
    } catch (Throwable e) {
      // ignore
    }
  }
}`,
      errors: [{ line: 5 }],
    },
    {
      code: 'class A {\n  void f() {\n    try { g(); }\n    catch (Throwable ignoring) { }\n  }\n}',
      errors: [{ line: 4 }],
    },
    // Only a clause for `Error` takes the errors away; one that discards them is reported itself.
    {
      code: `class A {
  Object f() {
    try { return g(); }
    catch (RuntimeException e) { throw e; }
    catch (Throwable t) { return null; }
  }
}`,
      errors: [{ line: 5 }],
    },
    {
      code: `class A {
  Object f() {
    try { return g(); }
    catch (Error e) { }
    catch (Throwable t) { return null; }
  }
}`,
      errors: [{ line: 4, message: /^`Error`/ }],
    },
  ],
});

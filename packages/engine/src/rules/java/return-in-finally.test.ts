import { testRule } from '../rule-tester.case.js';
import { rule } from './return-in-finally.js';

testRule(rule, {
  valid: [
    'class A { int f() { try { return g(); } finally { close(); } } }',
    // The throw carries the exception the catch kept (commons-vfs's SftpFileObject).
    `class A {
  void list() throws FileSystemException {
    SftpException lsEx = null;
    try {
      vector = channel.ls(".");
    } catch (final SftpException ex) {
      lsEx = ex;
    } finally {
      try {
        channel.cd(dir);
      } catch (final SftpException xe) {
        throw new FileSystemException("change-work-directory-back.error", dir, lsEx);
      }
    }
  }
}`,
    'class A { void f() { try { g(); } finally { try { throw new X(); } catch (X e) { } } } }',
    'class A { void f() { try { g(); } finally { run(() -> { return; }); } } }',
    'class A { int f() { try { g(); } catch (Exception e) { return 1; } return 0; } }',
    // A throw that runs only when the try block completed: nothing is pending (zookeeper's AtomicFileOutputStream).
    `class A {
  void close() throws IOException {
    boolean success = false;
    try {
      flush();
      success = true;
    } finally {
      if (success) {
        if (!tmp.renameTo(orig)) {
          throw new IOException("Could not rename");
        }
      } else {
        tmp.delete();
      }
    }
  }
}`,
    `class A {
  void close() throws IOException {
    boolean done = false;
    try { flush(); done = true; } finally { if (!done) { tmp.delete(); } else { throw new IOException("x"); } }
  }
}`,
    // `threw = false` last, as Guava's Closeables idiom has it: `!threw` holds only after success.
    `class A {
  void write() throws IOException {
    boolean threw = true;
    try { out.write(data); threw = false; } finally { if (!threw) { throw new IOException("x"); } }
  }
}`,
  ],
  invalid: [
    // The kept exception is chained, but the value the try block returns would be replaced.
    {
      code:
        'class A {\n  int f() throws Exception {\n    Exception kept = null;\n    try {\n      return g();\n' +
        '    } catch (Exception e) {\n      kept = e;\n      return 0;\n    } finally {\n' +
        '      throw new Exception("cleanup", kept);\n    }\n  }\n}',
      errors: [{ line: 10 }],
    },
    {
      code: 'class A {\n  int f() {\n    try { return g(); }\n    finally {\n      return 0;\n    }\n  }\n}',
      errors: [{ line: 5, message: '`return` inside `finally` discards the exception or result of the try block.' }],
    },
    {
      code: `class A {
  void f() {
    try { g(); } finally {
      if (bad) throw new IllegalStateException();
    }
  }
}`,
      errors: [{ line: 4, message: /`throw`/ }],
    },
    {
      code: `class A {
  void f() {
    try { g(); } finally {
      try { close(); } catch (IOException e) { throw new UncheckedIOException(e); }
    }
  }
}`,
      errors: [{ line: 4 }],
    },
    // The flag is set before the end of the try block: the code after it may still throw.
    {
      code: `class A {
  void close() throws IOException {
    boolean success = false;
    try { success = true; flush(); } finally { if (success) { throw new IOException("x"); } }
  }
}`,
      errors: [{ line: 4 }],
    },
    // A catch clause that sets the flag, or a throw on the failure branch, still discards the exception.
    {
      code: `class A {
  void close() throws IOException {
    boolean ok = false;
    try { flush(); ok = true; } catch (IOException e) { ok = true; } finally { if (ok) throw new IOException("x"); }
  }
}`,
      errors: [{ line: 4 }],
    },
    {
      code: `class A {
  void close() throws IOException {
    boolean ok = false;
    try { flush(); ok = true; } finally { if (!ok) throw new IOException("x"); }
  }
}`,
      errors: [{ line: 4 }],
    },
    {
      code: `class A {
  void write() throws IOException {
    boolean threw = true;
    try { out.write(data); threw = false; } finally { if (threw) { throw new IOException("x"); } }
  }
}`,
      errors: [{ line: 4 }],
    },
  ],
});

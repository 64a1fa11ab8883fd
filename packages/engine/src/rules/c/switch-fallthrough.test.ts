import { testRule } from '../rule-tester.case.js';
import { rule } from './switch-fallthrough.js';

testRule(rule, {
  valid: [
    // vifm's parser: a comment says the break is left out on purpose.
    'void f(int c) {\n  switch (c) {\n  case 1:\n    if (g()) {\n      t = 2;\n      break;\n    }\n' +
      '    /* break is omitted intentionally. */\n\n  default:\n    t = 3;\n    break;\n  }\n}',
    // Falling into a case that only breaks (past an empty label too) does what a break would.
    'void f(int e) {\n  switch (e) {\n  case EEXIST:\n    err = 0;\n  case EACCES:\n    break;\n' +
      '  default:\n    g();\n  }\n}',
    'void f(int e) {\n  switch (e) {\n  case 1:\n    n++;\n  case 2:\n  case 3:\n    break;\n  }\n}',
    // Falling into empty labels that end the switch leaves it, as a break would (tcpdump's print-rx.c).
    `void f(int op) {
  switch (op) {
  case 65541:
    ND_PRINT(" addr");
    UINTOUT();
  default:
    ;
  }
}`,
    'void f(int op) {\n  switch (op) {\n  case 1:\n    g();\n  case 2:\n  default: ;;\n    /* nothing */\n  }\n}',
    'void f(int op) {\n  switch (op) {\n  case 1:\n    g();\n  default: {\n    /* ignored */\n  }\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n  case 2:\n    g();\n    break;\n  default:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    /* fall through */\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    // FALLTHROUGH\n  case 2:\n    h();\n  }\n}',
    `int f(int m) {
  switch (m) {
  case 1:
    if (x) return 1; else return 2;
  case 2:
    return 3;
  }
  return 0;
}`,
    'void f(int m) {\n  switch (m) {\n  case 1:\n    die("bad mode");\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1: {\n    g();\n    break;\n  }\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    for (;;) { if (g()) return; }\n  case 2:\n    h();\n  }\n}',
    `void f(int m) {
  switch (m) {
  case 1:
    g();
    __attribute__((fallthrough));
  case 2:
    h();
  }
}`,
    `void f(int m) {
  switch (m) {
  case 1:
    a = 1;
    #if SUBSET
    b = 1;
    #endif
    break;
  case 2:
    h();
  }
}`,
    'void f(int m) {\n  switch (m) {\n  default: assert(0 && "invalid instruction");\n  case 1:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    break;;\n  case 2:\n    h();\n  }\n}',
    `int f(robj *o) {
  switch (o->type) {
  case 1:
    if (ok) return 1;
    else serverPanic("Unknown encoding");
  case 2:
    not_reached();
  case 3:
    return 3;
  }
  return 0;
}`,
    "void f(int m) {\n  switch (m) {\n  case 'i':\n    *pi = 1;  /* go through */\n  case 'v':\n    *pv = 1;\n  }\n}",
    `void f(int n) {
  switch (n) {
  case 3: *op++ = *ip++; case 2: *op++ = *ip++;
  case 1: *op++ = *ip++;
  }
}`,
    // A call to a function the file declares `__dead`, followed by lint's NOTREACHED (tmux's client.c).
    `static __dead void client_exec(const char *, const char *);
void f(int type) {
  switch (type) {
  case MSG_SHELL:
    if (datalen == 0)
      fatalx("bad MSG_SHELL string");
    client_exec(data, shell_command);
    /* NOTREACHED */
  case MSG_DETACH:
    send();
    break;
  }
}`,
    // The same without the note: the declaration says it.
    'static __dead void run(void);\nvoid f(int t) {\n  switch (t) {\n  case 1:\n    run();\n  case 2:\n' +
      '    g();\n  }\n}',
    'void run(void) __attribute__((noreturn));\nvoid f(int t) {\n  switch (t) {\n  case 1:\n    run();\n' +
      '  case 2:\n    g();\n  }\n}',
    '_Noreturn void run(void);\nvoid f(int t) {\n  switch (t) {\n  case 1:\n    run();\n  case 2:\n    g();\n  }\n}',
    '[[noreturn]] void run(void);\nvoid f(int t) {\n  switch (t) {\n  case 1:\n    run();\n  case 2:\n    g();\n  }\n}',
    'NORETURN static void run(void) { for (;;); }\nvoid f(int t) {\n  switch (t) {\n  case 1:\n    run();\n' +
      '  case 2:\n    g();\n  }\n}',
    // Well-known functions that never return.
    'void f(int t) {\n  switch (t) {\n  case 1:\n    errx(1, "bad");\n  case 2:\n    g();\n  }\n}',
    'void f(int t) {\n  switch (t) {\n  case 1:\n    longjmp(env, 1);\n  case 2:\n    g();\n  }\n}',
    'void f(int t) {\n  switch (t) {\n  case 1:\n    assert(0);\n  case 2:\n    g();\n  }\n}',
    // A note alone, after a call the rule cannot know.
    'void f(int t) {\n  switch (t) {\n  case 1:\n    restart_self();\n    /* NOTREACHED */\n  case 2:\n' +
      '    g();\n  }\n}',
    // A `break` before a declaration (zookeeper's zoo_queue.c).
    'void f(int rc) {\n  switch (rc) {\n  case 0:\n    break;\n    int created;\n  case 1:\n    created = g();\n  }\n}',
    // A macro of the file whose body ends by jumping leaves the case (zstd's CLEAN_RETURN).
    `#define FINISH(code) { result = (code); goto done; }
#define BAIL(code) do { \\
    log_error(code); \\
    return code; \\
  } while (0)
int f(int m) {
  int result = 0;
  switch (m) {
  case 'V': show_version(); FINISH(0);
  case 'h': BAIL(usage());
  case 'q': quiet = 1; break;
  }
done:
  return result;
}`,
    // A chain of cases each falling into the next is a cascade by design: a hash's tail, a digit writer.
    `uint32_t tail(const uint8_t *t, size_t n, uint32_t h) {
  switch (n & 3) {
  case 3: h ^= t[2] << 16;
  case 2: h ^= t[1] << 8;
  case 1: h ^= t[0]; h *= M;
  }
  return h;
}`,
    // A note on the switch line covers every case.
    `void f(int n) {
  switch (n) /* all the cases fall through */
  {
  case 2: b += k[1];
  case 1: a += k[0];
    break;
  case 0: return;
  }
}`,
    `void f(int n) {
  // each case falls through to the next
  switch (n) {
  case 1: a += k[0];
  case 0: done();
  }
}`,
    // An assertion that always fails ends the case, the project's own assertion macro too.
    'void f(int c) {\n  switch (c) {\n  case 1:\n    IM_ASSERT(0 && "unsupported");\n  case 2:\n    g();\n  }\n}',
    'void f(int c) {\n  switch (c) {\n  case QUIET:\n    assert("quiet commands never answer" == NULL);\n' +
      '  default:\n    break;\n  }\n}',
  ],
  invalid: [
    // An empty label that is not the last falls on into the code of the next.
    {
      code: 'void f(int e) {\n  switch (e) {\n  case 1:\n    n++;\n  case 2:\n    ;\n  default:\n    n--;\n  }\n}',
      errors: [{ line: 5 }],
    },
    {
      code: 'void f(int e) {\n  switch (e) {\n  case 1:\n    n++;\n  case 2: {}\n  case 3:\n    n--;\n  }\n}',
      errors: [{ line: 5 }],
    },
    // A preprocessor block after the empty label may hold more code: not taken as the end of the switch.
    {
      code:
        'void f(int e) {\n  switch (e) {\n  case 1:\n    n++;\n  default:\n    ;\n#ifdef EXTRA\n' +
        '    n--;\n#endif\n  }\n}',
      errors: [{ line: 5 }],
    },
    // The case fallen into does something before its break.
    {
      code: 'void f(int e) {\n  switch (e) {\n  case 1:\n    n++;\n  case 2:\n    n--;\n    break;\n  }\n}',
      errors: [{ line: 5 }],
    },
    // A check that can pass does not end the case.
    {
      code: 'void f(int c) {\n  switch (c) {\n  case 1:\n    IM_ASSERT(ready);\n  case 2:\n    g();\n  }\n}',
      errors: [{ line: 5 }],
    },
    // A macro that jumps only under a condition, or not at all, does not end the case.
    {
      code: `#define CHECK(e) do { if (!(e)) return -1; } while (0)
#define LOG(m) { log_line(m); flush(); }
int f(int m) {
  switch (m) {
  case 1: CHECK(ready()); start();
  case 2: return 2;
  case 3: LOG("three");
  case 4: return 4;
  }
  return 0;
}`,
      errors: [{ line: 6 }, { line: 8 }],
    },
    {
      code: `void f(int m) {
  switch (m) {
  case READ:
    open_read();
  case WRITE:
    open_write();
    break;
  }
}`,
      errors: [{ line: 5, message: '`case READ` falls through into `case WRITE`.' }],
    },
    {
      code: 'void f(int m) {\n  switch (m) {\n  case 1:\n    if (x) break;\n  default:\n    h();\n  }\n}',
      errors: [{ line: 5, message: '`case 1` falls through into `default`.' }],
    },
    {
      code:
        'void f(int m) {\n  switch (m) {\n  default:\n    g();\n  case 1:\n    h();\n    break;\n' +
        '  case 2:\n    i();\n  }\n}',
      errors: [{ line: 5 }],
    },
    // `noreturn` on another function, or inside a body, says nothing of the one called.
    {
      code:
        '_Noreturn void stop(void);\nvoid f(int t) {\n  switch (t) {\n  case 1:\n    run();\n  case 2:\n' +
        '    g();\n  }\n}',
      errors: [{ line: 6, message: '`case 1` falls through into `case 2`.' }],
    },
    {
      code:
        'void run(void) { /* noreturn */ g(); }\nvoid f(int t) {\n  switch (t) {\n  case 1:\n    run();\n' +
        '  case 2:\n    g();\n  }\n}',
      errors: [{ line: 6 }],
    },
    // A note that is no NOTREACHED.
    {
      code:
        'void f(int t) {\n  switch (t) {\n  case 1:\n    run();\n    /* reached when t is 1 */\n  case 2:\n' +
        '    g();\n  }\n}',
      errors: [{ line: 6 }],
    },
  ],
});

import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'int f(int a, int b, int c, int d, int e, int f, int g) { return 0; }',
    'int f(int a, int b, int c, int d, int e, int f, int g, ...) { return 0; }',
    'int f(void) { return 0; }',
    'int f(int a, int b, int c, int d, int e, int f, int g, int h);',
    { code: 'int f(int a, int b, int c) { return 0; }', options: { maxParameters: 3 } },
    // JNI entry points mirror their Java native method, plus the
    // environment and class JNI passes (netty_unix_socket.c).
    'static jint netty_unix_socket_sendToAddress(JNIEnv* env, jclass clazz, jint fd, jobject buf, jint pos, ' +
      'jint limit, jlong addr, jint port, jint flags) { return 0; }',
    'JNIEXPORT void JNICALL Java_io_netty_Foo_bar(JNIEnv *env, ' +
      'jobject self, jint a, jint b, jint c, jint d, jint e, jint f) { }',
    {
      code: 'int check(int a, int b, int c, int d, int e, int f, int g, int h) { return 0; }',
      filename: 'tests/unit/test_util.c',
    },
    // A static helper behind JNI entry points takes their arguments passed through (netty_unix_socket.c's `_sendTo`).
    'static jint _sendTo(JNIEnv* env, jint fd, jboolean ipv6, void* buffer, jint pos, jint limit, jbyteArray ' +
      'address, jint scopeId, jint port, jint flags) { return 0; }',
    // A callback stored in a struct initializer takes the parameters of the function-pointer type it must match.
    `struct handler { const char *name; int (*run)(int a, int b, int c, int d, int e, int f, int g, int h, int i); };
static int on_event(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
static const struct handler handlers[] = { { "event", on_event } };`,
    `struct ops { int (*run)(int a, int b, int c, int d, int e, int f, int g, int h, int i); };
static int on_event(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
static const struct ops ops = { .run = on_event };`,
    // Assigned to a function pointer, or passed as a callback argument.
    `static int on_event(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void setup(struct ops *ops) { ops->run = on_event; }`,
    `static int on_event(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void setup(void) { register_handler("event", on_event); }`,
    // Cast to `void *` for a registration table.
    `static int on_event(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void setup(void) { table_add("event", (void *)(unsigned long)on_event); }`,
    // Registered through a token-pasting macro (redis's module API):
    // `REGISTER_API(RegisterEnumConfig)` names `RM_RegisterEnumConfig`.
    `int moduleRegisterApi(const char *name, void *fn);
#define REGISTER_API(name) \\
    moduleRegisterApi("RedisModule_" #name, (void *)(unsigned long)RM_ ## name)
int RM_RegisterEnumConfig(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void moduleRegisterCoreAPI(void) {
    REGISTER_API(RegisterEnumConfig);
}`,
    // A static function called only from registered API functions
    // is their shared body: they pass their parameters through.
    '#define REGISTER_API(name) moduleRegisterApi(#name, (void *)RM_ ## name)\n' +
      'static int blockClient(int ctx, int reply, int auth, int timeout, int free_data, int ms, int keys, int ' +
      'numkeys, int data, int flags) { return 0; }\n' +
      'int RM_BlockClient(int ctx, int reply) { return blockClient(ctx, reply, 0, 0, 0, 0, 0, 0, 0, 0); }\n' +
      'int RM_BlockClientOnKeys(int ctx, int keys, int numkeys) { return blockClient(ctx, 0, 0, 0, 0, 0, keys, ' +
      'numkeys, 0, 0); }\nvoid registerApi(void) { REGISTER_API(BlockClient); REGISTER_API(BlockClientOnKeys); }',
    // ... and one called only from JNI entry points, without taking the environment itself.
    `static jint doSend(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
static jint netty_send(JNIEnv *env, jclass clazz, jint fd) { return doSend(fd, 0, 0, 0, 0, 0, 0, 0, 0); }`,
    // Eight parameters are within the default of 8 (revive argument-limit).
    'int f(int a, int b, int c, int d, int e, int f, int g, int h) { return 0; }',
    // A test built only with REDIS_TEST, as in a test file.
    `#ifdef REDIS_TEST
static int check(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return a; }
#endif`,
  ],
  invalid: [
    {
      code: 'int f(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }',
      errors: [{ line: 1, message: '`f` has 9 parameters (more than 8).' }],
    },
    {
      code: `int connect_to(const char *host, int port, const char *user,
  const char *password, int timeout, int retries, int tls, const char *proxy) {
  return 0;
}`,
      options: { maxParameters: 7 },
      errors: [{ line: 1, message: '`connect_to` has 8 parameters (more than 7).' }],
    },
    // The JNI environment as a later parameter does not make a function JNI glue.
    {
      code:
        'static jobject create_address(const struct sockaddr_storage* addr, JNIEnv* env, int a, int b, int c, ' +
        'int d, int e, int f, int g) { return 0; }',
      errors: [{ line: 1 }],
    },
    {
      code: 'static char *\nformat(int a, int b, int c, int d) {\n  return 0;\n}',
      options: { maxParameters: 3 },
      errors: [{ line: 2, message: '`format` has 4 parameters (more than 3).' }],
    },
    // The same parameter count in a function the file only calls is the author's choice.
    {
      code: `static int on_event(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void setup(void) { on_event(1, 2, 3, 4, 5, 6, 7, 8, 9); }`,
      errors: [{ line: 1, message: '`on_event` has 9 parameters (more than 8).' }],
    },
    // A mention in a comment or a string, or a variable of the same name, is no use as a value.
    {
      code: `/* on_event is the handler */
static int on_event(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void setup(void) { int on_event = 0; use(on_event, "on_event"); }`,
      errors: [{ line: 2 }],
    },
    // A macro that pastes a name to call it does not register it.
    {
      code: `#define CALL(name) do_ ## name(0, 0, 0, 0, 0, 0, 0, 0, 0)
int do_work(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void run(void) { CALL(work); }`,
      errors: [{ line: 2 }],
    },
    // A registration macro names only the functions it is invoked with.
    {
      code: `#define REGISTER_API(name) moduleRegisterApi(#name, (void *)RM_ ## name)
int RM_Alloc(int size) { return 0; }
int RM_Internal(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
void registerApi(void) { REGISTER_API(Alloc); }`,
      errors: [{ line: 3 }],
    },
    // A static helper called from an ordinary function, even besides a registered one, is its own design.
    {
      code: `static int helper(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
int run(int x) { return helper(x, 0, 0, 0, 0, 0, 0, 0, 0); }`,
      errors: [{ line: 1, message: '`helper` has 9 parameters (more than 8).' }],
    },
    {
      code: `static int helper(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
int run(int x) { return helper(x, 0, 0, 0, 0, 0, 0, 0, 0); }
int on_event(int x) { return helper(x, 1, 0, 0, 0, 0, 0, 0, 0); }
void setup(void) { register_handler(on_event); }`,
      errors: [{ line: 1 }],
    },
    // A function other files may call is no shared body the file can vouch for, however its calls here look.
    {
      code: `int shared(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }
int on_event(int x) { return shared(x, 0, 0, 0, 0, 0, 0, 0, 0); }
void setup(void) { register_handler(on_event); }`,
      errors: [{ line: 1 }],
    },
    // Nor is one the file never calls.
    {
      code: 'static int unused(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }',
      errors: [{ line: 1 }],
    },
  ],
});

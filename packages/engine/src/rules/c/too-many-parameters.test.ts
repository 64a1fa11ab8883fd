import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'int f(int a, int b, int c, int d, int e, int f, int g) { return 0; }',
    'int f(int a, int b, int c, int d, int e, int f, int g, ...) { return 0; }',
    'int f(void) { return 0; }',
    'int f(int a, int b, int c, int d, int e, int f, int g, int h);',
    { code: 'int f(int a, int b, int c) { return 0; }', options: { maxParameters: 3 } },
    // JNI entry points mirror their Java native method, plus the environment and class JNI passes (netty_unix_socket.c).
    'static jint netty_unix_socket_sendToAddress(JNIEnv* env, jclass clazz, jint fd, jobject buf, jint pos, jint limit, jlong addr, jint port, jint flags) { return 0; }',
    'JNIEXPORT void JNICALL Java_io_netty_Foo_bar(JNIEnv *env, jobject self, jint a, jint b, jint c, jint d, jint e, jint f) { }',
    { code: 'int check(int a, int b, int c, int d, int e, int f, int g, int h) { return 0; }', filename: 'tests/unit/test_util.c' },
  ],
  invalid: [
    { code: 'int connect_to(const char *host, int port, const char *user,\n  const char *password, int timeout, int retries, int tls, const char *proxy) {\n  return 0;\n}', errors: [{ line: 1, message: '`connect_to` has 8 parameters (more than 7).' }] },
    // A helper that takes the JNI environment is not an entry point: its signature is its own.
    { code: 'static jobject create_address(JNIEnv* env, const struct sockaddr_storage* addr, int a, int b, int c, int d, int e, int f) { return 0; }', errors: [{ line: 1 }] },
    { code: 'static char *\nformat(int a, int b, int c, int d) {\n  return 0;\n}', options: { maxParameters: 3 }, errors: [{ line: 2, message: '`format` has 4 parameters (more than 3).' }] },
  ],
});

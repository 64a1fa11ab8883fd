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
    // A static helper behind JNI entry points takes their arguments passed through (netty_unix_socket.c's `_sendTo`).
    'static jint _sendTo(JNIEnv* env, jint fd, jboolean ipv6, void* buffer, jint pos, jint limit, jbyteArray address, jint scopeId, jint port, jint flags) { return 0; }',
    // Eight parameters are within the default of 8 (revive argument-limit).
    'int f(int a, int b, int c, int d, int e, int f, int g, int h) { return 0; }',
  ],
  invalid: [
    { code: 'int f(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return 0; }', errors: [{ line: 1, message: '`f` has 9 parameters (more than 8).' }] },
    { code: 'int connect_to(const char *host, int port, const char *user,\n  const char *password, int timeout, int retries, int tls, const char *proxy) {\n  return 0;\n}', options: { maxParameters: 7 }, errors: [{ line: 1, message: '`connect_to` has 8 parameters (more than 7).' }] },
    // The JNI environment as a later parameter does not make a function JNI glue.
    { code: 'static jobject create_address(const struct sockaddr_storage* addr, JNIEnv* env, int a, int b, int c, int d, int e, int f, int g) { return 0; }', errors: [{ line: 1 }] },
    { code: 'static char *\nformat(int a, int b, int c, int d) {\n  return 0;\n}', options: { maxParameters: 3 }, errors: [{ line: 2, message: '`format` has 4 parameters (more than 3).' }] },
  ],
});

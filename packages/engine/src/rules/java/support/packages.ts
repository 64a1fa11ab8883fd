/** A `package` declaration with a `logging` segment: `io.netty.util.internal.logging`, `org.slf4j.logging.impl`. */
const LOGGING_PACKAGE = /^\s*package\s+(?:\w+\.)*logging(?:\.\w+)*\s*;/m;

/**
 * Java sources of a logging implementation, which cannot report
 * its own failures through itself (SLF4J's `MessageFormatter`).
 */
export function isLoggingPackage(source: string): boolean {
  return LOGGING_PACKAGE.test(source);
}

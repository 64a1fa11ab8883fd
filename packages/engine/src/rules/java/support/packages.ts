/** A `package` declaration with a `logging` segment: `io.netty.util.internal.logging`, `org.slf4j.logging.impl`. */
const LOGGING_PACKAGE = /^\s*package\s+(?:\w+\.)*logging(?:\.\w+)*\s*;/m;

/**
 * Java sources of a logging implementation, which cannot report
 * its own failures through itself (SLF4J's `MessageFormatter`).
 */
export function isLoggingPackage(source: string): boolean {
  return LOGGING_PACKAGE.test(source);
}

/** A `package` declaration with a segment naming a command-line tool: `org.apache.zookeeper.cli`, `…tools`. */
const COMMAND_LINE_PACKAGE = /^\s*package\s+(?:\w+\.)*(?:cli|cmd|cmdline|commandline|tools?)(?:\.\w+)*\s*;/m;
/** Imports of the argument parsers command-line programs are built on: picocli, JCommander, Commons CLI, JOpt. */
const COMMAND_LINE_IMPORT =
  /^\s*import\s+(?:static\s+)?(?:picocli|com\.beust\.jcommander|org\.apache\.commons\.cli|joptsimple)\./m;

/** A build module named for a command-line tool: `cli/`, `presto-cli/`, `zookeeper_cli/`. */
const COMMAND_LINE_MODULE = /(?:^|[\\/])(?:[\w.]+[-_])?cli[\\/]/i;

/**
 * Java sources of a command-line program, whose console output is its user interface: in a package or a module named
 * for one, or a file that parses command-line arguments with one of the established libraries.
 */
export function isCommandLineCode(filename: string, source: string): boolean {
  return COMMAND_LINE_MODULE.test(filename) || COMMAND_LINE_PACKAGE.test(source) || COMMAND_LINE_IMPORT.test(source);
}

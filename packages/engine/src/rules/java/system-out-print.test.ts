import { testRule } from '../rule-tester.case.js';
import { rule } from './system-out-print.js';

testRule(rule, {
  valid: [
    'class A { void f() { log.info("x"); } }',
    'class A { void f(PrintStream out) { out.println("x"); } }',
    'class Cli { public static void main(String[] args) { System.out.println(usage()); ' +
      '} static void help() { System.out.println("help"); } }',
    'class A { void f() { System.out.flush(); } }',
    'class A { void f() { Sys.out.println("x"); } }',
    // netty's example module prints what its clients receive.
    {
      code: 'class RedisClientHandler { static void print(Object msg) { System.out.println(msg); } }',
      filename: 'example/src/main/java/io/netty/example/redis/RedisClientHandler.java',
    },
    // netty's copy of SLF4J's MessageFormatter: the logger's own formatter cannot log through the logger.
    `package io.netty.util.internal.logging;

final class MessageFormatter {
  static void append(Object o) {
    try { o.toString(); } catch (Throwable t) { System.err.println("SLF4J: failed toString()"); }
  }
}`,
    // A command-line tool's commands print their user output (zookeeper's org.apache.zookeeper.cli).
    'package org.apache.zookeeper.cli;\n' +
      'class AclParser { void parse(String a) { System.err.println(a + " is no ACL"); } }',
    'package org.apache.hadoop.tools.mapred;\nclass CopyListing { void f() { System.out.println("copied"); } }',
    'import picocli.CommandLine.Command;\n@Command(name = "x")\nclass X { void run() { System.out.println("done"); } }',
    'import org.apache.commons.cli.Options;\nclass Opts { void help() { System.out.println("usage: x"); } }',
    {
      code: 'package io.prestosql.console;\nclass Help { void f() { System.out.println("usage"); } }',
      filename: 'presto-cli/src/main/java/io/prestosql/console/Help.java',
    },
  ],
  invalid: [
    // A module whose name merely contains the letters is no command-line tool.
    {
      code: 'package org.acme.client;\nclass A { void f() { System.out.println("x"); } }',
      filename: 'http-client/src/main/java/org/acme/client/A.java',
      errors: [{ line: 2 }],
    },
    // A package that merely mentions a tool, or a class named for one, is no command-line program.
    {
      code: 'package org.example.toolkit;\nclass A { void f() { System.out.println("x"); } }',
      errors: [{ line: 2 }],
    },
    {
      code:
        'package org.example.server;\nimport org.example.cli.Args;\n' +
        'class A { void f() { System.out.println("x"); } }',
      errors: [{ line: 3 }],
    },
    {
      code: 'class A {\n  void f(User u) {\n    System.out.println("loaded " + u);\n  }\n}',
      errors: [{ line: 3, message: 'Output written to `System.out` instead of a logger.' }],
    },
    {
      code: 'class A {\n  void f() {\n    System.err.printf("%d%n", 1);\n    System.out.print(2);\n  }\n}',
      errors: [{ line: 3, message: /`System.err`/ }, { line: 4 }],
    },
    // A package that only mentions logging in a longer name, or a class that calls a logger, is not one.
    {
      code: 'package com.acme.loggingdemo;\nclass A {\n  void f() { System.out.println("x"); }\n}',
      errors: [{ line: 3 }],
    },
    {
      code: `package com.acme.orders;
import com.acme.logging.Log;
class A {
  void f() { System.out.println("x"); }
}`,
      errors: [{ line: 4 }],
    },
  ],
});

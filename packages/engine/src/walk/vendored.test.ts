import { describe, expect, it } from 'vitest';
import { isVendoredDirectory, isVendoredFile } from './vendored.js';

describe('isVendoredDirectory', () => {
  it.each([
    'node_modules',
    'vendor',
    'third_party',
    '3rd-party',
    'ThirdParty',
    'deps',
    '.git',
    'extern',
    'googletest-1.16.0',
    'lua-5.4.6',
    'zlib-v1.3',
  ])('leaves %s out', (name) => {
    expect(isVendoredDirectory(name)).toBe(true);
  });

  it.each(['src', 'lib', 'dependencies', 'depsgraph', 'Deps', 'v2', 'parser-v2', 'python-3', 'docs-1'])(
    'walks %s',
    (name) => {
      expect(isVendoredDirectory(name)).toBe(false);
    },
  );
});

describe('isVendoredFile', () => {
  it.each([
    'mvnw',
    'tools/gradlew',
    'gradlew.bat',
    'gradle/wrapper/gradle-wrapper.properties',
    '.mvn/wrapper/MavenWrapperDownloader.java',
    'configure',
    'build-aux/config.guess',
    'ltmain.sh',
    'build-aux/depcomp',
    'depcomp',
    'test-driver',
    'build-aux/git-version-gen',
    'static/jquery-3.7.1.min.js',
    'js/jquery.js',
    'js/bootstrap.bundle.js',
    '.yarn/releases/yarn-4.1.0.cjs',
    'cpplint.py',
  ])('leaves %s out', (file) => {
    expect(isVendoredFile(file)).toBe(true);
  });

  it.each([
    'configure.ac',
    'scripts/configure.sh',
    'src/compile.c',
    'scripts/missing-deps.sh',
    'src/jquery-plugin/index.ts',
    'bootstrap.sh',
    'app/bootstrap.go',
    'src/bootstrap.js',
    'lib/gradle.rb',
    'src/lzf_c.c',
  ])('walks %s', (file) => {
    expect(isVendoredFile(file)).toBe(false);
  });
});

import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { walkSourceFiles } from './walker.js';

const roots: string[] = [];

/** Writes a tree of files (path → content) under a fresh temporary directory. */
async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'plumb-walk-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

const listed = async (root: string, exclude?: string[]) =>
  (await walkSourceFiles(root, { exclude })).map(({ filename, language }) => `${filename} ${language}`);

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

describe('walkSourceFiles', () => {
  it('detects languages by extension, sorted by filename', async () => {
    const root = await tree({
      'src/b.ts': '',
      'src/a.tsx': '',
      'lib/x.PY': '',
      'main.go': '',
      'README.md': '',
      Makefile: 'all:',
    });
    expect(await listed(root)).toEqual(['lib/x.PY python', 'main.go go', 'src/a.tsx tsx', 'src/b.ts typescript']);
  });

  it('detects extension-less scripts by their shebang', async () => {
    const root = await tree({
      'bin/tool': '#!/usr/bin/env python3\nprint(1)\n',
      'bin/run': '#!/bin/bash\necho hi\n',
      'bin/serve': '#!/usr/bin/env -S node --no-warnings\n',
      'bin/data': 'no shebang here\n',
      'bin/perl': '#!/usr/bin/perl\n',
    });
    expect(await listed(root)).toEqual(['bin/run shell', 'bin/serve javascript', 'bin/tool python']);
  });

  it('detects zsh files by their extensions and, without one, by their #compdef tag', async () => {
    const root = await tree({
      'themes/robbyrussell.zsh-theme': 'PROMPT="%~ "\n',
      'plugins/git/git.plugin.zsh': 'alias g=git\n',
      'plugins/docker/_docker': '#compdef docker dockerd\n_docker() { :; }\n',
      'plugins/docker/README': '# compdef is described here\n',
    });
    expect(await listed(root)).toEqual([
      'plugins/docker/_docker shell',
      'plugins/git/git.plugin.zsh shell',
      'themes/robbyrussell.zsh-theme shell',
    ]);
  });

  it('leaves out files ignored by the root and nested .gitignore files, with negations', async () => {
    const root = await tree({
      '.gitignore': 'build/\n*.gen.ts\n',
      'build/out.js': '',
      'src/keep.ts': '',
      'src/skip.gen.ts': '',
      'src/.gitignore': 'local.py\n!wanted.gen.ts\n',
      'src/local.py': '',
      'src/wanted.gen.ts': '',
      'other/local.py': '',
    });
    expect(await listed(root)).toEqual([
      'other/local.py python',
      'src/keep.ts typescript',
      'src/wanted.gen.ts typescript',
    ]);
  });

  it('reads a .h file as C++ when its text has lines only C++ has', async () => {
    const root = await tree({
      'include/spdlog/logger.h': '#pragma once\nnamespace spdlog {\nclass logger {\npublic:\n  void flush();\n};\n}\n',
      'zlib.h': '#ifdef __cplusplus\nextern "C" {\n#endif\nint deflate(void *s);\n#ifdef __cplusplus\n}\n#endif\n',
    });
    expect(await listed(root)).toEqual(['include/spdlog/logger.h cpp', 'zlib.h c']);
  });

  it('skips directories named as a library release, and extern/external', async () => {
    const root = await tree({
      'test/googletest-1.16.0/src/gtest.cc': '',
      'extern/lib/x.c': '',
      'src/v2/main.go': '',
      'src/parser-v2/main.go': '',
    });
    expect(await listed(root)).toEqual(['src/parser-v2/main.go go', 'src/v2/main.go go']);
  });

  it('skips vendored trees and .git wherever they are', async () => {
    const root = await tree({
      'node_modules/pkg/index.js': '',
      'web/node_modules/pkg/index.js': '',
      'vendor/lib.go': '',
      'third_party/x.c': '',
      'bower_components/y.js': '',
      '.git/hooks/pre-commit.sh': '',
      'app.js': '',
    });
    expect(await listed(root)).toEqual(['app.js javascript']);
  });

  it("skips a folder whose readme says it copies another project's code, unless .gitattributes keeps it", async () => {
    const root = await tree({
      // concurrentqueue's benchmarks/tbb/README.txt.
      'benchmarks/tbb/README.txt': 'This is a partial copy of the Intel TBB open source version 4.3.\n',
      'benchmarks/tbb/mutex.cpp': '',
      'benchmarks/tbb/include/tbb.h': '',
      'benchmarks/bench.cpp': '',
      'lib/zlib/README': 'This directory contains an unmodified copy of zlib 1.3.\n',
      'lib/zlib/inflate.c': '',
      'lib/own/README.md': '# Our parser\n\nCopy of nothing: we wrote it.\n',
      'lib/own/parse.c': '',
    });
    expect(await listed(root)).toEqual(['benchmarks/bench.cpp cpp', 'lib/own/parse.c c']);
    await writeFile(path.join(root, '.gitattributes'), 'lib/zlib/** -linguist-vendored\n');
    expect(await listed(root)).toEqual(['benchmarks/bench.cpp cpp', 'lib/own/parse.c c', 'lib/zlib/inflate.c c']);
  });

  it('skips well-known vendored files: build-tool wrappers, autoconf output, browser libraries', async () => {
    const root = await tree({
      mvnw: '#!/bin/sh\n',
      gradlew: '#!/bin/sh\n',
      configure: '#!/bin/sh\n',
      'web/jquery-3.7.1.js': '',
      'web/app.js': '',
      'build.sh': '',
    });
    expect(await listed(root)).toEqual(['build.sh shell', 'web/app.js javascript']);
  });

  it('honors .gitattributes linguist-vendored and linguist-generated, nested files and negations too', async () => {
    const root = await tree({
      '.gitattributes': `src/lzf*.c linguist-vendored
spec/okjson.rb linguist-vendored=true
gen/** linguist-generated
gen/keep.go -linguist-generated
`,
      'src/lzf_c.c': '',
      'src/server.c': '',
      'spec/okjson.rb': '',
      'spec/app_spec.rb': '',
      'gen/api.go': '',
      'gen/keep.go': '',
      'lib/.gitattributes': 'legacy.py linguist-vendored\n',
      'lib/legacy.py': '',
      'lib/tool.py': '',
    });
    expect(await listed(root)).toEqual([
      'gen/keep.go go',
      'lib/tool.py python',
      'spec/app_spec.rb ruby',
      'src/server.c c',
    ]);
  });

  it('keeps what .gitattributes un-vendors, inside a vendored directory or among vendored names', async () => {
    const root = await tree({
      '.gitattributes':
        'deps/own/** -linguist-vendored\nconfigure linguist-vendored=false\n*.pb.go -linguist-generated\n',
      'deps/own/a.c': '',
      'deps/lua/b.c': '',
      'node_modules/x/index.js': '',
      configure: '#!/bin/sh\n',
      'api.pb.go': '',
    });
    expect(await listed(root)).toEqual(['api.pb.go go', 'configure shell', 'deps/own/a.c c']);
  });

  it('skips generated and minified files by name', async () => {
    const root = await tree({
      'api.pb.go': '',
      'api_pb2.py': '',
      'api_pb2_grpc.py': '',
      'app.min.js': '',
      'x.generated.ts': '',
      'api.go': '',
    });
    expect(await listed(root)).toEqual(['api.go go']);
  });

  it('applies .plumb.yml exclude globs to files and directories', async () => {
    const root = await tree({
      'docs/a.py': '',
      'src/a.test.ts': '',
      'src/deep/b.test.ts': '',
      'src/a.ts': '',
      'scripts/x.sh': '',
    });
    expect(await listed(root, ['docs/', '*.test.ts', 'scripts/**'])).toEqual(['src/a.ts typescript']);
  });

  it('does not follow symbolic links', async () => {
    const root = await tree({ 'real/a.c': '' });
    await symlink(path.join(root, 'real'), path.join(root, 'link'));
    await symlink(path.join(root, 'real', 'a.c'), path.join(root, 'b.c'));
    expect(await listed(root)).toEqual(['real/a.c c']);
  });
});

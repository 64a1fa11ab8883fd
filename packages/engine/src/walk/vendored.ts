/** Directory names that hold third-party or tool-managed code: never analyzed, wherever they appear. */
const VENDORED_DIRECTORIES = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'vendors',
  // Where C projects (redis, Node.js, libgit2, h2o), Mix and rebar
  // keep dependency trees; Linguist's vendor.yml lists it too.
  'deps',
  'third_party',
  'third-party',
  'thirdparty',
  // Linguist's `(3rd|[Tt]hird)[-_]?[Pp]arty/`, as taskflow keeps TBB in `3rd-party/`.
  '3rdparty',
  '3rd-party',
  '3rd_party',
  'ThirdParty',
  'Third_Party',
  '3rdParty',
  // Linguist's `extern(al)?/`: git submodules and copied libraries (LLVM, Godot, Blender).
  'extern',
  'external',
  'Pods',
  'Carthage',
  'site-packages',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
]);

/** Version-control directories: never walked, whatever `.gitattributes` says. */
const VCS_DIRECTORIES = new Set(['.git', '.hg', '.svn']);

/**
 * Files copied in whole from a tool or library, after GitHub Linguist's published vendor list (our own patterns):
 * build-tool wrappers, the scripts autoconf and automake copy or generate, and well-known browser libraries.
 */
const VENDORED_FILES: readonly RegExp[] = [
  /(?:^|\/)(?:gradlew|mvnw)(?:\.bat|\.cmd)?$/,
  /(?:^|\/)gradle\/wrapper\//,
  /(?:^|\/)\.mvn\/wrapper\//,
  /(?:^|\/)\.yarn\/(?:releases|plugins|sdks)\//,
  /(?:^|\/)(?:configure|config\.guess|config\.sub|install-sh|ltmain\.sh|aclocal\.m4)$/,
  // automake's and libtool's auxiliary scripts (vifm keeps `depcomp` in `build-aux/`).
  /(?:^|\/)(?:depcomp|missing|compile|ylwrap|test-driver|mdate-sh|ar-lib|py-compile|mkinstalldirs|texinfo\.tex)$/,
  /(?:^|\/)build-aux\//,
  /(?:^|\/)cpplint\.py$/,
  /(?:^|\/)waf$/,
  /(?:^|\/)jquery(?:[-.][^/]*)?\.js$/,
  // A bare `bootstrap.js` is as often an application's own entry
  // point: only the library's bundles and versioned copies.
  /(?:^|\/)(?:bootstrap|modernizr|html5shiv|underscore|backbone|prototype|mootools)[-.][^/]*\.js$/,
];

/**
 * A directory named as a release of a library, `googletest-1.16.0` or `zlib-1.3.1`: an unpacked release
 * tarball copied into the tree, not the project's own code (which is never named after its own version).
 */
const RELEASE_DIRECTORY = /^[A-Za-z][\w+]*(?:[-_.][A-Za-z][\w+]*)*-v?\d+\.\d+(?:\.\d+)*$/;

/** Whether a directory holds other packages, each in a folder of its own (`vendor/left-pad`, `third_party/zlib`). */
export function holdsDependencies(name: string): boolean {
  return VENDORED_DIRECTORIES.has(name);
}

export function isVendoredDirectory(name: string): boolean {
  return VENDORED_DIRECTORIES.has(name) || VCS_DIRECTORIES.has(name) || RELEASE_DIRECTORY.test(name);
}

export function isVersionControlDirectory(name: string): boolean {
  return VCS_DIRECTORIES.has(name);
}

/** Whether a file (path relative to the root, POSIX) is a well-known copy of a tool's or library's file. */
export function isVendoredFile(relativePath: string): boolean {
  return VENDORED_FILES.some((pattern) => pattern.test(relativePath));
}

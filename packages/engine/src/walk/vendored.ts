/** Directory names that hold third-party or tool-managed code: never analyzed, wherever they appear. */
const VENDORED_DIRECTORIES = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'vendors',
  // Where C projects (redis, Node.js, libgit2, h2o), Mix and rebar keep dependency trees; Linguist's vendor.yml lists it too.
  'deps',
  'third_party',
  'third-party',
  'thirdparty',
  '3rdparty',
  'Pods',
  'Carthage',
  'site-packages',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.git',
  '.hg',
  '.svn',
]);

export function isVendoredDirectory(name: string): boolean {
  return VENDORED_DIRECTORIES.has(name);
}

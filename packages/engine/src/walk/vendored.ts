/** Directory names that hold third-party or tool-managed code: never analyzed, wherever they appear. */
const VENDORED_DIRECTORIES = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'vendors',
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

import path from 'node:path';

// Binary formats and dependency lock files: nothing a person commits a credential into by hand.
const NOT_SCANNED_EXTENSIONS = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.ico', '.webp', '.svgz', '.tiff', '.psd',
  '.pdf', '.zip', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.rar', '.jar', '.war', '.ear', '.whl', '.egg',
  '.woff', '.woff2', '.ttf', '.otf', '.eot', '.mp3', '.mp4', '.wav', '.ogg', '.webm', '.mov', '.avi',
  '.exe', '.dll', '.so', '.dylib', '.a', '.o', '.obj', '.class', '.pyc', '.pyo', '.wasm', '.bin', '.dat',
  '.db', '.sqlite', '.sqlite3', '.lockb', '.map',
]);
const LOCK_FILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'Cargo.lock', 'poetry.lock',
  'Pipfile.lock', 'uv.lock', 'go.sum', 'composer.lock', 'Gemfile.lock', 'mix.lock', 'pubspec.lock', 'Podfile.lock',
]);

/** Whether the secret scanner should read a file that is in no language Plumb parses. */
export function mayHoldSecrets(name: string): boolean {
  return !LOCK_FILES.has(name) && !NOT_SCANNED_EXTENSIONS.has(path.extname(name).toLowerCase());
}

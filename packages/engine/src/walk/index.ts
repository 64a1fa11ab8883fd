export { languageFromExtension, languageFromFirstLine, languageFromShebang } from './detect-language.js';
export { exclusionByContent, isGeneratedName, isMinifiedName } from './generated.js';
export type { ContentExclusion } from './generated.js';
export { isVendoredDirectory } from './vendored.js';
export { mayHoldSecrets } from './text-files.js';
export { walkFiles, walkSourceFiles } from './walker.js';
export type { SourceFile, TextFile, WalkOptions, WalkResult } from './walker.js';

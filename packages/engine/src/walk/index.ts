export { languageFromExtension, languageFromShebang } from './detect-language.js';
export { exclusionByContent, isGeneratedName, isMinifiedName } from './generated.js';
export type { ContentExclusion } from './generated.js';
export { isVendoredDirectory } from './vendored.js';
export { walkSourceFiles } from './walker.js';
export type { SourceFile, WalkOptions } from './walker.js';

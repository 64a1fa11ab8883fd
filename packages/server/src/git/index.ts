// Where a project's code comes from: its git URL, fetched into a bare mirror under the data directory with the
// system git, and checked out one commit at a time for the analysis. See docs/git-sources.md.
export { GitError, type GitErrorCode } from './errors.js';
export { fetchMirror, type FetchedMirror, type FetchOptions, type GitSource } from './mirror.js';
export { changedPaths, type ChangedPath } from './changes.js';
export { addedLines, type AddedLines } from './added-lines.js';
export { fileModifications, type FileModification } from './modifications.js';
export { keptCheckout, removeAbandonedCheckouts, type KeptCheckout } from './kept-checkout.js';
export { checkout, commitSubject, resolveBranch, resolveRevision, type Checkout } from './revisions.js';
export { checkGitUrl, localGitRoots, redactUrl } from './url-policy.js';
export { existingMirror, fileAtRevision, MAX_FILE_BYTES, removeMirror } from './file-at.js';
export {
  commitsInWindow,
  commitTimes,
  mirrorHistory,
  refreshedMirror,
  parseNumstatLog,
  type MirrorHistory,
  type WindowCommit,
} from './history.js';

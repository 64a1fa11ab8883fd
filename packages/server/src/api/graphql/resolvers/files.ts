import { existingMirror, fileAtRevision, MAX_FILE_BYTES } from '../../../git/index.js';
import { CodigaError } from '../errors.js';
import type { AnalysisParent } from './analyses.js';
import type { CodigaContext, Resolvers } from './types.js';

const notFound = (message: string) => new CodigaError('NOT_FOUND', message);

/**
 * A file's lines at the analyzed revision, from the project's git mirror (kept by the worker under the data
 * directory). An analysis `plumb scan` uploaded keeps no source: its files have no content to serve.
 */
async function fileContent(parent: AnalysisParent, args: { path: string }, context: CodigaContext): Promise<string[]> {
  const { analysis, project } = parent;
  const filePath = args.path.replace(/^\/+/, '');
  if (!analysis.revision) throw notFound(`analysis ${analysis.id} has no revision yet: no file content to serve`);
  const mirror = context.dataDir ? await existingMirror(context.dataDir, project.uuid) : undefined;
  if (!mirror)
    throw notFound(
      `no git mirror of this project on the server (an analysis uploaded by plumb scan keeps no source): ` +
        `the content of ${filePath} cannot be served`,
    );
  const text = await fileAtRevision(mirror, analysis.revision, filePath);
  if (text === undefined)
    throw notFound(
      `${filePath} is not a file of the repository at ${analysis.revision.slice(0, 12)}, or is larger than ` +
        `${MAX_FILE_BYTES / 1024 / 1024} MiB`,
    );
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** `Analysis.fileContent(path)`. */
export const fileResolvers: Resolvers = { Analysis: { fileContent } };

// What the dashboard's file tree adds to Codiga's counts: each child's lines of code, duplicated lines and the
// cyclomatic complexity of its functions, summed over the files under it.
import { and, eq, sum } from 'drizzle-orm';
import { schema, startsWith, type Executor } from '../../store/index.js';

const { analysisFiles, functions } = schema;

export interface CodeSize {
  linesOfCode: number;
  duplicatedLines: number;
  complexity: number;
}

/** The child of `start` (a directory with its trailing slash, or '' for the top) a file lies under. */
const childOf = (start: string, filename: string) => {
  const slash = filename.indexOf('/', start.length);
  return slash === -1 ? filename : filename.slice(0, slash);
};

/**
 * The sizes of the immediate children (files and directories, by full path) of the directory `prefix` names in an
 * analysis ('' or none for the top), in two queries however many files lie under it.
 */
export async function codeSizesUnder(
  db: Executor,
  analysisId: number,
  prefix: string | undefined,
): Promise<Map<string, CodeSize>> {
  const directory = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  const start = directory === '' ? '' : `${directory}/`;
  const [files, complexities] = await Promise.all([
    db
      .select({ filename: analysisFiles.filename, code: analysisFiles.code, duplicated: analysisFiles.duplicatedLines })
      .from(analysisFiles)
      .where(and(eq(analysisFiles.analysisId, analysisId), startsWith(analysisFiles.filename, start))),
    db
      .select({ filename: functions.filename, complexity: sum(functions.complexity) })
      .from(functions)
      .where(and(eq(functions.analysisId, analysisId), startsWith(functions.filename, start)))
      .groupBy(functions.filename),
  ]);
  const sizes = new Map<string, CodeSize>();
  const sizeOf = (filename: string) => {
    const child = childOf(start, filename);
    const size = sizes.get(child) ?? { linesOfCode: 0, duplicatedLines: 0, complexity: 0 };
    sizes.set(child, size);
    return size;
  };
  for (const file of files) {
    const size = sizeOf(file.filename);
    size.linesOfCode += file.code;
    size.duplicatedLines += file.duplicated;
  }
  for (const row of complexities) sizeOf(row.filename).complexity += Number(row.complexity ?? 0);
  return sizes;
}

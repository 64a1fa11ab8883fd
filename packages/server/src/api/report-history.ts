import type { SealedBox } from '../crypto/sealed-box.js';
import { gitSourceOf, type Repository } from '../domain/projects/index.js';
import type { ReportHistory } from '../domain/reports/index.js';
import { mirrorHistory, refreshedMirror } from '../git/index.js';

/** The commits a report counts, read from the repository's mirror fetched now (none without a data directory). */
export function reportHistoryOf(dataDir: string | undefined, secrets: SealedBox) {
  return async (repository: Repository): Promise<ReportHistory> => {
    if (!dataDir) return mirrorHistory(undefined);
    const source = gitSourceOf(repository, secrets);
    return mirrorHistory(await refreshedMirror(source, { dataDir, key: repository.uuid }));
  };
}

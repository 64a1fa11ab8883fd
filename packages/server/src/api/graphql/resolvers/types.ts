import type { GraphQLResolveInfo } from 'graphql';
import type { PersonalAccess } from '../../../domain/access/index.js';
import type { AnalysisQueue } from '../../../domain/analyses/index.js';
import type { Repository } from '../../../domain/projects/index.js';
import type { ReportHistory } from '../../../domain/reports/index.js';
import type { ReportScheduler } from '../../../domain/reports/index.js';
import type { Executor } from '../../../store/index.js';

/** What every resolver receives: the store, the caller (a user, by token or key pair), the data directory. */
export interface CodigaContext {
  db: Executor;
  caller: PersonalAccess;
  /** Where the worker keeps projects' git mirrors, when this server has a data directory. */
  dataDir?: string | undefined;
  /** Where the analyses a mutation asks for go, one-file analyses included. */
  queue: AnalysisQueue;
  /** Seals a secret at rest (an SSH key) before the domain keeps it. */
  seal: (plain: string) => string;
  /** The commits a development report counts, from the repository's mirror. */
  reportHistory: (repository: Repository) => Promise<ReportHistory>;
  /** Reschedules the development reports after their settings change; without one, the workers catch up. */
  reports?: ReportScheduler | undefined;
  /** Signs the session tokens `authentication` answers (the key CodeStax's login uses). */
  sessionKey: Buffer;
}

// Parents and arguments are typed by each module; the map itself only fixes the resolver shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Resolver = (parent: any, args: any, context: CodigaContext, info: GraphQLResolveInfo) => unknown;

/** A module's part of the resolver map: `{ Query: {...}, Mutation: {...}, <Type>: {...} }`, merged deeply. */
export type Resolvers = Record<string, Record<string, Resolver>>;

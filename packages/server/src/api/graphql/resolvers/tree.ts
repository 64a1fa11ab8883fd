import { treeChildren } from '../../../domain/analyses/index.js';
import type { AnalysisParent } from './analyses.js';
import type { CodigaContext, Resolvers } from './types.js';
import { indexOf } from './violations.js';

/** An analysis's tree, one directory at a time. */
export const treeResolvers: Resolvers = {
  Analysis: {
    tree: async (parent: AnalysisParent, args: { prefix?: string | null }, context: CodigaContext) => {
      const index = await indexOf(parent, context, { withTree: true });
      return index ? treeChildren(index, args.prefix ?? undefined) : [];
    },
  },
};

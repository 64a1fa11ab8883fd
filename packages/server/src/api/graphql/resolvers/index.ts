import { analysisResolvers } from './analyses.js';
import { apiKeyResolvers } from './api-keys.js';
import { clientExtraResolvers } from './client-extras.js';
import { codeFactResolvers } from './code-facts.js';
import { codeReviewResolvers } from './code-reviews.js';
import { compareResolvers } from './compares.js';
import { diffResolvers } from './diffs.js';
import { fileAnalysisResolvers } from './file-analyses.js';
import { dashboardResolvers } from './dashboard.js';
import { dashboardCodeResolvers } from './dashboard-code.js';
import { dashboardProjectResolvers } from './dashboard-project.js';
import { dashboardIssueResolvers } from './dashboard-issues.js';
import { dashboardSettingsResolvers } from './dashboard-settings.js';
import { dashboardProjectSettingsResolvers } from './dashboard-settings-projects.js';
import { dashboardTeamResolvers } from './dashboard-settings-teams.js';
import { fileResolvers } from './files.js';
import { groupResolvers } from './groups.js';
import { ignoreResolvers } from './ignores.js';
import { projectOwnerResolvers } from './project-owners.js';
import { projectResolvers } from './projects.js';
import { recipeTypeResolvers } from './recipe-views.js';
import { assistantResolvers } from './recipes.js';
import { authenticationResolvers } from './authentication.js';
import { groupMutationResolvers } from './group-mutations.js';
import { projectMutationResolvers } from './project-mutations.js';
import { treeResolvers } from './tree.js';
import type { Resolvers } from './types.js';
import { userRecipeResolvers } from './user-recipes.js';
import { userResolvers } from './users.js';
import { violationResolvers } from './violations.js';

/**
 * The resolver map: each area's module exports a partial map, merged here field by field. Two modules resolving the
 * same field is a mistake caught at start-up.
 */
export function mergeResolvers(...parts: readonly Resolvers[]): Resolvers {
  const merged: Resolvers = {};
  for (const part of parts)
    for (const [typeName, fields] of Object.entries(part)) {
      const target = (merged[typeName] ??= {});
      for (const [field, resolve] of Object.entries(fields)) {
        if (target[field]) throw new Error(`${typeName}.${field} is resolved by two modules`);
        target[field] = resolve;
      }
    }
  return merged;
}

/** Every area's resolvers; a new area adds its module to this list. */
export const RESOLVERS: Resolvers = mergeResolvers(
  userResolvers,
  groupResolvers,
  projectResolvers,
  projectOwnerResolvers,
  analysisResolvers,
  violationResolvers,
  codeFactResolvers,
  treeResolvers,
  fileResolvers,
  fileAnalysisResolvers,
  ignoreResolvers,
  apiKeyResolvers,
  assistantResolvers,
  recipeTypeResolvers,
  userRecipeResolvers,
  diffResolvers,
  codeReviewResolvers,
  compareResolvers,
  clientExtraResolvers,
  dashboardResolvers,
  dashboardCodeResolvers,
  dashboardProjectResolvers,
  dashboardIssueResolvers,
  dashboardSettingsResolvers,
  dashboardProjectSettingsResolvers,
  dashboardTeamResolvers,
  projectMutationResolvers,
  groupMutationResolvers,
  authenticationResolvers,
);

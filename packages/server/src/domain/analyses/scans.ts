import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { NotFound } from '../errors.js';
import type { Page } from '../paging.js';
import type { Project } from '../projects/index.js';
import type { Analysis, AnalysisState } from './analyses.js';
import { indexOfAnalysis, type Index } from './indices.js';

/*
 * An organization's analyses by their numeric id, across its projects (CodeStax's scans): any member reads them; an
 * analysis of another organization is NotFound.
 */

const { analyses, projects } = schema;

/** An analysis with its project, and its index once it completed. */
export interface OrganizationAnalysis {
  analysis: Analysis;
  project: Project;
  index?: Index;
}

export interface OrganizationAnalysisFilter {
  projectId?: number;
  branch?: string;
  states?: readonly AnalysisState[];
}

/** One page of the organization's analyses, newest first. */
export async function listOrganizationAnalyses(
  db: Executor,
  access: OrganizationAccess,
  filter: OrganizationAnalysisFilter,
  page: { limit: number; offset: number },
): Promise<Page<OrganizationAnalysis>> {
  authorize(access, 'viewOrganization');
  const conditions: SQL[] = [eq(projects.organizationId, access.organization.id)];
  if (filter.projectId !== undefined) conditions.push(eq(analyses.projectId, filter.projectId));
  if (filter.branch !== undefined) conditions.push(eq(analyses.branch, filter.branch));
  if (filter.states?.length) conditions.push(inArray(analyses.state, [...filter.states]));
  const where = and(...conditions);
  const rows = await db
    .select({ analysis: analyses, project: projects })
    .from(analyses)
    .innerJoin(projects, eq(projects.id, analyses.projectId))
    .where(where)
    .orderBy(desc(analyses.createdAt), desc(analyses.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ total: count() })
    .from(analyses)
    .innerJoin(projects, eq(projects.id, analyses.projectId))
    .where(where);
  return { items: rows, total: total?.total ?? 0 };
}

/** The organization's analysis with this numeric id, with its index once it completed. */
export async function findOrganizationAnalysis(
  db: Executor,
  access: OrganizationAccess,
  id: number,
): Promise<OrganizationAnalysis> {
  authorize(access, 'viewOrganization');
  const [row] = Number.isSafeInteger(id)
    ? await db
        .select({ analysis: analyses, project: projects })
        .from(analyses)
        .innerJoin(projects, eq(projects.id, analyses.projectId))
        .where(and(eq(analyses.id, id), eq(projects.organizationId, access.organization.id)))
    : [];
  if (!row) throw new NotFound('analysis');
  const index = await indexOfAnalysis(db, row.analysis.id);
  return index ? { ...row, index } : row;
}

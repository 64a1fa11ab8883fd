// The projects a user may read, as Codiga lists them: across every organization of theirs, by id (creation order).
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { placeholder, preparedPer, schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { NotFound } from '../errors.js';
import type { Page } from '../paging.js';
import type { Project } from './projects.js';
import { readableBy } from './repositories.js';

const { projects } = schema;

/** A page by position, as Codiga's `howmany` and `skip` ask for it. */
export interface OffsetPage {
  limit: number;
  offset: number;
}

async function pageOfProjects(db: Executor, where: SQL, page: OffsetPage): Promise<Page<Project>> {
  const [items, [total]] = await Promise.all([
    db.select().from(projects).where(where).orderBy(asc(projects.id)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(projects).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

/** Every project the user may read (their organizations', their teams', their own), oldest first. */
export function listReadableProjects(db: Executor, access: PersonalAccess, page: OffsetPage): Promise<Page<Project>> {
  return pageOfProjects(db, readableBy(db, access.user.id), page);
}

/** The projects a user created (the caller or another) that the caller may read: Codiga's owned projects. */
export function listOwnedProjects(
  db: Executor,
  access: PersonalAccess,
  ownerUserId: number,
  page: OffsetPage,
): Promise<Page<Project>> {
  const where = and(readableBy(db, access.user.id), eq(projects.createdByUserId, ownerUserId))!;
  return pageOfProjects(db, where, page);
}

/** An organization's projects the user may read, oldest first. */
export function listReadableOrganizationProjects(
  db: Executor,
  access: PersonalAccess,
  organizationId: number,
  page: OffsetPage,
): Promise<Page<Project>> {
  const where = and(readableBy(db, access.user.id), eq(projects.organizationId, organizationId))!;
  return pageOfProjects(db, where, page);
}

/** Readable projects by id in one query, for loaders; ids the user may not read are left out. */
export async function findReadableProjectsByIds(
  db: Executor,
  access: PersonalAccess,
  ids: readonly number[],
): Promise<Map<number, Project>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(projects)
    .where(and(readableBy(db, access.user.id), inArray(projects.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The oldest readable project matching `by` (its value the placeholder `key`): a prepared query per database. */
function readableProjectBy(by: 'id' | 'name') {
  return preparedPer((db) =>
    db
      .select()
      .from(projects)
      .where(and(readableBy(db, placeholder('userId')), eq(projects[by], placeholder('key'))))
      .orderBy(asc(projects.id))
      .limit(1)
      .prepare(`readable_project_by_${by}`),
  );
}

const READABLE_PROJECT = { id: readableProjectBy('id'), name: readableProjectBy('name') };

/**
 * The readable project with this id, or else with this name (the oldest of that name); one the user may not read
 * is NotFound, as one that does not exist.
 */
export async function findReadableProject(
  db: Executor,
  access: PersonalAccess,
  reference: { id?: number | null; name?: string | null },
): Promise<Project> {
  const by = reference.id != null ? 'id' : reference.name != null ? 'name' : null;
  if (!by) throw new NotFound('project');
  const [row] = await READABLE_PROJECT[by](db).execute({ userId: access.user.id, key: reference[by] });
  if (!row) throw new NotFound('project');
  return row;
}

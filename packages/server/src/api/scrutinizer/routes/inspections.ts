import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import {
  cancelInspection,
  findInspection,
  listInspectionArtifacts,
  listInspections,
  readInspectionArtifact,
  requestInspection,
} from '../../../domain/analyses/index.js';
import { Conflict } from '../../../domain/errors.js';
import type { SurfaceOptions } from '../../surface.js';
import { callerOf } from '../caller.js';
import { scrutinizerError } from '../errors.js';
import { halPage, pageWindow } from '../hal.js';
import { identityOf, repositoryHref, repositoryPathForms, uuidOf } from '../paths.js';
import {
  ArtifactsSchema,
  AuthQuery,
  halPageSchema,
  InspectionListItemSchema,
  InspectionSchema,
  MessageSchema,
  PageQuery,
  routeSchema,
} from '../schemas.js';
import { inspectionJson, inspectionListItemJson, inspectionPath } from '../views.js';

const SORT_FIELDS = ['created_at', 'finished_at'] as const;
const SORT_ORDERS = ['asc', 'desc'] as const;

const InspectionListQuery = Type.Object({
  ...PageQuery.properties,
  sort_field: Type.Optional(
    Type.Unsafe<(typeof SORT_FIELDS)[number]>({
      type: 'string',
      enum: [...SORT_FIELDS],
      description: 'created_at (default) or finished_at; unfinished inspections have no finished_at.',
    }),
  ),
  sort_order: Type.Optional(
    Type.Unsafe<(typeof SORT_ORDERS)[number]>({
      type: 'string',
      enum: [...SORT_ORDERS],
      description: 'asc or desc (default).',
    }),
  ),
});
type InspectionListQuery = Static<typeof InspectionListQuery>;

const CreateInspectionBody = Type.Object({
  branch: Type.String({ minLength: 1, description: 'Required. The branch to inspect.' }),
  source_reference: Type.Optional(
    Type.String({ minLength: 1, description: 'The commit sha to inspect; the head of the branch when left out.' }),
  ),
  title: Type.Optional(Type.String({ minLength: 1, description: "A title; the commit's subject when left out." })),
  config: Type.Optional(
    Type.String({ description: "YAML used for this inspection only instead of the repository's configuration." }),
  ),
});
type CreateInspectionBody = Static<typeof CreateInspectionBody>;

const uuidParam = { uuid: Type.String({ minLength: 1, description: "The inspection's uuid" }) };

/** Plumb's download of an artifact: under its inspection, without the access token (the caller sends their own). */
function downloadUrl(request: FastifyRequest, inspection: string, node: string, name: string): string {
  const file = `${encodeURIComponent(node)}/${encodeURIComponent(name)}`;
  return `${request.protocol}://${request.host}${inspection}/artifacts/${file}`;
}

export async function inspectionRoutes(parent: FastifyInstance, deps: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const db = deps.store.db;
  for (const form of repositoryPathForms('slug')) {
    const base = `/repositories/${form.path}/inspections`;
    const repositoryParams = Type.Object(form.params);
    const inspectionParams = Type.Object({ ...form.params, ...uuidParam });

    app.get(
      base,
      {
        schema: routeSchema({
          summary: `List inspections (${form.provider})`,
          description: 'Most recent first by default; `per_page` 1 to 100, default 20.',
          params: repositoryParams,
          querystring: InspectionListQuery,
          response: {
            200: halPageSchema('inspections', InspectionListItemSchema, {
              sort_field: Type.String(),
              sort_order: Type.String(),
            }),
          },
        }),
      },
      async (request) => {
        const query = request.query as InspectionListQuery;
        const window = pageWindow(query);
        const sortField = query.sort_field ?? 'created_at';
        const sortOrder = query.sort_order ?? 'desc';
        const { repository, page } = await listInspections(db, callerOf(request), identityOf(form, request), {
          sortField,
          sortOrder,
          limit: window.limit,
          offset: window.offset ?? 0,
        });
        const path = `${repositoryHref(repository)}/inspections`;
        const query_ = [
          query.sort_field === undefined ? '' : `&sort_field=${sortField}`,
          query.sort_order === undefined ? '' : `&sort_order=${sortOrder}`,
        ].join('');
        return halPage(path, 'inspections', window, page, inspectionListItemJson(repositoryHref(repository)), {
          fields: { sort_field: sortField, sort_order: sortOrder },
          query: query_,
        });
      },
    );

    app.post(
      base,
      {
        schema: routeSchema({
          summary: `Create an inspection (${form.provider})`,
          description:
            'Queues an inspection of `branch`; 201 with a `Location` header and the inspection (state `new`). ' +
            'A `config` whose build failure conditions do not parse is 400. Needs OWNER, ADMIN or EDITOR in the ' +
            "repository's organization, a team's admin or developer access to it, or the repository as one's own.",
          params: repositoryParams,
          querystring: AuthQuery,
          body: CreateInspectionBody,
          response: { 201: InspectionSchema },
        }),
      },
      async (request, reply) => {
        const body = request.body as CreateInspectionBody;
        const { repository, inspection } = await requestInspection(
          db,
          deps.queue,
          callerOf(request),
          identityOf(form, request),
          {
            branch: body.branch,
            ...(body.source_reference === undefined ? {} : { sourceReference: body.source_reference }),
            ...(body.title === undefined ? {} : { title: body.title }),
            ...(body.config === undefined ? {} : { config: body.config }),
          },
        );
        return reply
          .status(201)
          .header('location', inspectionPath(repositoryHref(repository), inspection.analysis))
          .send(inspectionJson(repository, inspection));
      },
    );

    app.get(
      `${base}/:uuid`,
      {
        schema: routeSchema({
          summary: `Inspection details (${form.provider})`,
          description: 'The head index, base index and index diff appear once the inspection has completed.',
          params: inspectionParams,
          querystring: AuthQuery,
          response: { 200: InspectionSchema },
        }),
      },
      async (request) => {
        const { repository, inspection } = await findInspection(
          db,
          callerOf(request),
          identityOf(form, request),
          uuidOf(request),
        );
        return inspectionJson(repository, inspection);
      },
    );

    app.post(
      `${base}/:uuid/cancel`,
      {
        schema: routeSchema({
          summary: `Cancel an inspection (${form.provider}; a Plumb extension)`,
          description:
            'Ends a waiting or running inspection as `canceled` and answers its details; 409 when it has already ' +
            'ended. Needs the rights creating one needs.',
          params: inspectionParams,
          querystring: AuthQuery,
          response: { 200: InspectionSchema, 409: MessageSchema },
        }),
      },
      async (request) => {
        try {
          const { repository, inspection } = await cancelInspection(
            db,
            callerOf(request),
            identityOf(form, request),
            uuidOf(request),
          );
          return inspectionJson(repository, inspection);
        } catch (error) {
          if (error instanceof Conflict) throw scrutinizerError(409, error.message);
          throw error;
        }
      },
    );

    app.get(
      `${base}/:uuid/artifacts`,
      {
        schema: routeSchema({
          summary: `Inspection artifacts (${form.provider})`,
          description:
            'Per node, each file with its download URL (Plumb serves it; send your access token with it) and ' +
            'whether it has expired; `{}` when the inspection produced none.',
          params: inspectionParams,
          querystring: AuthQuery,
          response: { 200: ArtifactsSchema },
        }),
      },
      async (request) => {
        const { repository, analysis, artifacts } = await listInspectionArtifacts(
          db,
          callerOf(request),
          identityOf(form, request),
          uuidOf(request),
        );
        const inspection = inspectionPath(repositoryHref(repository), analysis);
        const nodes: Record<string, Record<string, { download_url: string; expired: boolean }>> = {};
        for (const artifact of artifacts)
          (nodes[artifact.node] ??= {})[artifact.name] = {
            download_url: downloadUrl(request, inspection, artifact.node, artifact.name),
            expired: artifact.expiredAt !== null,
          };
        return nodes;
      },
    );

    app.get(
      `${base}/:uuid/artifacts/:node/:artifactName`,
      {
        schema: routeSchema({
          summary: `Download an inspection artifact (${form.provider}; Plumb's download URL)`,
          description: 'The file with its stored content type; 404 once it has expired.',
          params: Type.Object({
            ...form.params,
            ...uuidParam,
            node: Type.String({ minLength: 1 }),
            artifactName: Type.String({ minLength: 1 }),
          }),
          querystring: AuthQuery,
          response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The file.' }) },
        }),
      },
      async (request, reply) => {
        const { node, artifactName } = request.params as { node: string; artifactName: string };
        const file = await readInspectionArtifact(db, callerOf(request), identityOf(form, request), uuidOf(request), {
          node,
          name: artifactName,
        });
        return reply.type(file.contentType).send(file.content);
      },
    );
  }
}

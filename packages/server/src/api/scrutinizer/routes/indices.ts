import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  findRepositoryIndex,
  listRepositoryIndexFindings,
  type FindingFilter,
} from '../../../domain/analyses/index.js';
import { Invalid } from '../../../domain/errors.js';
import type { SurfaceOptions } from '../../surface.js';
import { callerOf } from '../caller.js';
import { halPage, type PageWindow } from '../hal.js';
import { identityOf, repositoryHref, repositoryPathForms } from '../paths.js';
import { AuthQuery, halPageSchema, IndexSchema, IssueSchema, routeSchema } from '../schemas.js';
import { indexJson, issueJson } from '../views.js';

/** Scrutinizer's severity words and the severities of Plumb's scale each one matches; `unknown` matches nothing. */
const SEVERITY_FILTER: Record<string, readonly string[]> = {
  critical: ['critical'],
  major: ['high'],
  minor: ['moderate', 'low'],
  informational: ['info'],
  unknown: [],
};

/** Scrutinizer's lowercase language names (its own five, and the rest of Plumb's) → the findings' language values. */
const LANGUAGE_FILTER: Record<string, string> = {
  php: 'Php',
  javascript: 'Javascript',
  ruby: 'Ruby',
  python: 'Python',
  java: 'Java',
  typescript: 'Typescript',
  go: 'Go',
  c: 'C',
  cpp: 'Cpp',
  'c++': 'Cpp',
  rust: 'Rust',
  scala: 'Scala',
  shell: 'Shell',
};

const LABEL_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

const list = (description: string) => Type.Optional(Type.Array(Type.String(), { description }));

const IssuesQuery = Type.Object({
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 10_000_000, default: 1, description: 'The page to view (1-based).' }),
  ),
  per_page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: 50, description: 'Issues per page (1 to 100).' }),
  ),
  'labels[]': list(
    'Labels, any of which an issue must carry: complexity, unused-code, coding-style, duplication, security, ' +
      'comprehensibility, documentation, naming, bug, performance, deprecated-code, configuration, compatibility, ' +
      "debugging-code, and Plumb's own (best-practice …). Also taken as `labels=`.",
  ),
  labels: list('As `labels[]`.'),
  'severities[]': list(
    'critical, major (Plumb high), minor (moderate and low), informational (info), unknown (matches nothing). ' +
      'Also taken as `severities=`.',
  ),
  severities: list('As `severities[]`.'),
  'languages[]': list(
    'php, javascript, ruby, python, java, typescript, go, c, cpp, rust, scala, shell. Also taken as `languages=`.',
  ),
  languages: list('As `languages[]`.'),
  access_token: Type.Optional(Type.String({ description: 'A user access token.' })),
});

/** Every value of a list parameter, whichever way it came: `name`, `name[]`, or PHP's `name[0]`, repeated or not. */
function valuesOf(query: Record<string, unknown>, name: string): string[] | undefined {
  const keys = Object.keys(query).filter(
    (key) => key === name || (key.startsWith(`${name}[`) && /^\[\d*\]$/.test(key.slice(name.length))),
  );
  if (keys.length === 0) return undefined;
  return keys.flatMap((key) => {
    const value = query[key];
    return Array.isArray(value) ? value.map(String) : [String(value)];
  });
}

interface IssueFilters {
  labels: string[];
  severities: string[];
  languages: string[];
  filter: FindingFilter;
}

function filtersOf(query: Record<string, unknown>): IssueFilters {
  const labels = valuesOf(query, 'labels');
  const severities = valuesOf(query, 'severities');
  const languages = valuesOf(query, 'languages');
  const badLabel = labels?.find((label) => !LABEL_PATTERN.test(label));
  if (badLabel !== undefined)
    throw new Invalid('labels[]', `expected labels of lowercase letters, digits and hyphens, not "${badLabel}"`);
  const badSeverity = severities?.find((severity) => !(severity in SEVERITY_FILTER));
  if (badSeverity !== undefined)
    throw new Invalid(
      'severities[]',
      `expected one of ${Object.keys(SEVERITY_FILTER).join(', ')}, not "${badSeverity}"`,
    );
  const badLanguage = languages?.find((language) => !(language.toLowerCase() in LANGUAGE_FILTER));
  if (badLanguage !== undefined)
    throw new Invalid(
      'languages[]',
      `expected one of ${Object.keys(LANGUAGE_FILTER).join(', ')}, not "${badLanguage}"`,
    );
  return {
    labels: labels ?? [],
    severities: severities ?? [],
    languages: languages ?? [],
    filter: {
      ...(labels && labels.length > 0 ? { labels } : {}),
      ...(severities && severities.length > 0
        ? { severities: [...new Set(severities.flatMap((severity) => SEVERITY_FILTER[severity]!))] }
        : {}),
      ...(languages && languages.length > 0
        ? { languages: [...new Set(languages.map((language) => LANGUAGE_FILTER[language.toLowerCase()]!))] }
        : {}),
    },
  };
}

/** The filters again, for the page's links. */
function filterQuery(filters: IssueFilters): string {
  const part = (name: string, values: string[]) =>
    values.map((value) => `&${name}[]=${encodeURIComponent(value)}`).join('');
  return part('labels', filters.labels) + part('severities', filters.severities) + part('languages', filters.languages);
}

const indexParam = {
  idOrSourceReference: Type.String({
    minLength: 1,
    description: "The index's numeric id, or a commit sha (full, or abbreviated to at least 7 digits).",
  }),
};

export async function indexRoutes(parent: FastifyInstance, deps: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const db = deps.store.db;
  for (const form of repositoryPathForms('slug')) {
    const base = `/repositories/${form.path}/indices/:idOrSourceReference`;
    const params = Type.Object({ ...form.params, ...indexParam });
    const idOf = (request: FastifyRequest) => (request.params as { idOrSourceReference: string }).idOrSourceReference;

    app.get(
      base,
      {
        schema: routeSchema({
          summary: `Index details (${form.provider})`,
          description: 'By numeric id, or the latest index of a revision.',
          params,
          querystring: AuthQuery,
          response: { 200: IndexSchema },
        }),
      },
      async (request) => {
        const { repository, index } = await findRepositoryIndex(
          db,
          callerOf(request),
          identityOf(form, request),
          idOf(request),
        );
        return indexJson(repositoryHref(repository), index);
      },
    );

    app.get(
      `${base}/issues`,
      {
        schema: routeSchema({
          summary: `Index issues (${form.provider})`,
          description:
            'The issues of one index, filtered by labels, severities and languages (each matching any of its ' +
            'values); `per_page` 1 to 100, default 50. The page links carry the filters on.',
          params,
          querystring: IssuesQuery,
          response: {
            200: halPageSchema('issues', IssueSchema, {
              labels: Type.Array(Type.String()),
              severities: Type.Array(Type.String()),
            }),
          },
        }),
      },
      async (request) => {
        const query = request.query as { page?: number; per_page?: number } & Record<string, unknown>;
        const page = query.page ?? 1;
        const perPage = query.per_page ?? 50;
        const window: PageWindow = { page, perPage, limit: perPage, offset: (page - 1) * perPage };
        const filters = filtersOf(query);
        const {
          repository,
          index,
          page: result,
        } = await listRepositoryIndexFindings(
          db,
          callerOf(request),
          identityOf(form, request),
          idOf(request),
          filters.filter,
          { limit: window.limit, offset: window.offset ?? 0 },
        );
        const path = `${repositoryHref(repository)}/indices/${index.id}/issues`;
        return halPage(path, 'issues', window, result, issueJson, {
          fields: { labels: filters.labels, severities: filters.severities },
          query: filterQuery(filters),
        });
      },
    );
  }
}

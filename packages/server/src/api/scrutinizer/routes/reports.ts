import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import {
  findReport,
  latestReportsOfOrganization,
  listReports,
  REPORT_INTERVAL,
  requestReport,
  requireReportSort,
  updateReportSettings,
} from '../../../domain/reports/index.js';
import { reportHistoryOf } from '../../report-history.js';
import type { SurfaceOptions } from '../../surface.js';
import { callerOf, organizationOf } from '../caller.js';
import { halListRoute, halPage, pageWindow } from '../hal.js';
import { identityOf, repositoryHref, repositoryPathForms } from '../paths.js';
import { reportJson, reportListItemJson, ReportListItemSchema, ReportSchema } from '../report-views.js';
import { AuthQuery, halPageSchema, OrganizationParams, PageQuery, routeSchema } from '../schemas.js';
import { organizationPath } from '../views.js';

const ReportListQuery = Type.Object({
  ...PageQuery.properties,
  sort_field: Type.Optional(Type.String({ description: 'created_at (the default and only field).' })),
  sort_order: Type.Optional(Type.String({ description: 'asc or desc (the default).' })),
});
type ReportListQuery = Static<typeof ReportListQuery>;

const RequestReportBody = Type.Object({
  date: Type.Optional(
    Type.String({
      description:
        'YYYY-MM-DD, today at the latest: the report of that day, over the week before it (as the scheduled one). ' +
        'Left out: the seven days up to now, dated today.',
    }),
  ),
});

const ReportSettingsSchema = Type.Object({
  enabled: Type.Boolean(),
  interval: Type.String({ description: 'P1W: reports are weekly.' }),
  weekday: Type.Integer({ description: 'ISO weekday: 1 Monday … 7 Sunday.' }),
  hour: Type.Integer({ description: '0–23, in timezone.' }),
  timezone: Type.String({ description: 'An IANA time zone.' }),
});
const ReportSettingsBody = Type.Partial(ReportSettingsSchema);

const dateParam = { date: Type.String({ minLength: 1, description: "The report's day, YYYY-MM-DD" }) };

/** Scrutinizer's reports of a repository and an organization's latest ones; Plumb's on-demand report and settings. */
export async function reportRoutes(parent: FastifyInstance, deps: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const db = deps.store.db;
  const historyOf = reportHistoryOf(deps.dataDir, deps.secrets);

  halListRoute(app, '/organizations/:slug/reports', {
    summary: 'List the latest report of each repository of an organization',
    description: 'Repositories without a report are left out; ordered by repository, oldest added first.',
    params: Type.Object(OrganizationParams),
    key: 'reports',
    item: ReportSchema,
    async page(request, window) {
      const access = await organizationOf(db, request);
      const result = await latestReportsOfOrganization(db, access, { limit: window.limit, offset: window.offset ?? 0 });
      return {
        path: `${organizationPath(access)}/reports`,
        result,
        render: ({ repository, report }) => reportJson(repository, report),
      };
    },
  });

  for (const form of repositoryPathForms('slug')) {
    const base = `/repositories/${form.path}`;
    const repositoryParams = Type.Object(form.params);

    app.get(
      `${base}/reports`,
      {
        schema: routeSchema({
          summary: `List a repository's reports (${form.provider})`,
          params: repositoryParams,
          querystring: ReportListQuery,
          response: {
            200: halPageSchema('reports', ReportListItemSchema, {
              sort_field: Type.String(),
              sort_order: Type.String(),
            }),
          },
        }),
      },
      async (request) => {
        const query = request.query as ReportListQuery;
        const order = requireReportSort(query.sort_field, query.sort_order);
        const window = pageWindow(query);
        const { repository, page } = await listReports(db, callerOf(request), identityOf(form, request), order, {
          limit: window.limit,
          offset: window.offset ?? 0,
        });
        return halPage(
          `${repositoryHref(repository)}/reports`,
          'reports',
          window,
          page,
          reportListItemJson(repository),
          {
            fields: { sort_field: 'created_at', sort_order: order },
          },
        );
      },
    );

    app.get(
      `${base}/reports/:date`,
      {
        schema: routeSchema({
          summary: `Get a repository's report of a day (${form.provider})`,
          params: Type.Object({ ...form.params, ...dateParam }),
          querystring: AuthQuery,
          response: { 200: ReportSchema },
        }),
      },
      async (request) => {
        const { date } = request.params as { date: string };
        const { repository, report } = await findReport(db, callerOf(request), identityOf(form, request), date);
        return reportJson(repository, report);
      },
    );

    app.post(
      `${base}/reports`,
      {
        schema: routeSchema({
          summary: `Produce a repository's report now (${form.provider}; a Plumb extension)`,
          description:
            '201 with a `Location` header and the report, stored as the scheduled ones are (a report of the same ' +
            'day is replaced). Whoever may start an inspection of the repository may ask for one.',
          params: repositoryParams,
          querystring: AuthQuery,
          body: Type.Optional(RequestReportBody),
          response: { 201: ReportSchema },
        }),
      },
      async (request, reply) => {
        const body = (request.body ?? {}) as Static<typeof RequestReportBody>;
        const { repository, report } = await requestReport(
          db,
          callerOf(request),
          identityOf(form, request),
          body.date,
          historyOf,
        );
        const json = reportJson(repository, report);
        return reply.status(201).header('location', json._links.self.href).send(json);
      },
    );

    app.put(
      `${base}/development_report_settings`,
      {
        schema: routeSchema({
          summary: `Change when a repository's weekly report is made (${form.provider}; a Plumb extension)`,
          description:
            'Fields left out keep their value. Disabling unschedules the report; any change reschedules it. Needs ' +
            "OWNER or ADMIN in the repository's organization, a team's admin access to it, or the repository as " +
            "one's own.",
          params: repositoryParams,
          querystring: AuthQuery,
          body: ReportSettingsBody,
          response: { 200: ReportSettingsSchema },
        }),
      },
      async (request) => {
        const repository = await updateReportSettings(
          db,
          callerOf(request),
          identityOf(form, request),
          request.body as Record<string, unknown>,
          deps.reports,
        );
        return {
          enabled: repository.reportEnabled,
          interval: REPORT_INTERVAL,
          weekday: repository.reportWeekday,
          hour: repository.reportHour,
          timezone: repository.reportTimezone,
        };
      },
    );
  }
}

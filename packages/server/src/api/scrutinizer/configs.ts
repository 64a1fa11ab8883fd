import { Type } from 'typebox';
import { findConfig, listConfigsPage } from '../../domain/index.js';
import { ConfigDetailsSchema, configDetailsJson, ConfigSchema, configJson } from './config-wire.js';
import { halPage, halPageSchema, PageQuery, pageWindow } from './hal.js';
import { AuthQuery, OrganizationParams, organizationOfRequest, organizationPath } from './org-access.js';
import { routeSchema, type RouteDeps, type ScrutinizerApp } from './route-schema.js';

export function organizationConfigRoutes(app: ScrutinizerApp, { db }: RouteDeps): void {
  app.get(
    '/api/organizations/:slug/configs',
    {
      schema: routeSchema({
        summary: 'List organization configurations',
        params: Type.Object(OrganizationParams),
        querystring: PageQuery,
        response: { 200: halPageSchema('configs', ConfigSchema) },
      }),
    },
    async (request) => {
      const access = await organizationOfRequest(db, request);
      const window = pageWindow(request.query);
      const basePath = `${organizationPath(access)}/configs`;
      return halPage(
        basePath,
        'configs',
        window,
        await listConfigsPage(db, { organizationId: access.organization.id }, window),
        configJson(basePath),
      );
    },
  );

  app.get(
    '/api/organizations/:slug/configs/:configUuid',
    {
      schema: routeSchema({
        summary: 'View an organization configuration',
        params: Type.Object({ ...OrganizationParams, configUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: ConfigDetailsSchema },
      }),
    },
    async (request) => {
      const access = await organizationOfRequest(db, request);
      const config = await findConfig(db, { organizationId: access.organization.id }, request.params.configUuid);
      return configDetailsJson(`${organizationPath(access)}/configs`, config);
    },
  );
}

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import {
  findInspectionLicenses,
  getLicensePolicy,
  saveLicensePolicy,
  type OrganizationLicensePolicy,
  type StoredLicense,
} from '../../../domain/licenses/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { organizationOf, callerOf } from '../caller.js';
import { identityOf, repositoryPathForms, uuidOf } from '../paths.js';
import { AuthQuery, OrganizationParams, routeSchema } from '../schemas.js';

const SpdxIds = (what: string) =>
  Type.Array(Type.String(), { description: `SPDX license ids (\`MIT\`, \`GPL-3.0-only\`) ${what}.` });

const LicensePolicySchema = Type.Object({
  allowed: SpdxIds('a dependency must be licensable under alone; empty: any'),
  denied: SpdxIds('no dependency may need'),
  configured: Type.Boolean({ description: 'False while the organization has no policy.' }),
});

const LicensePolicyBody = Type.Object({
  allowed: Type.Optional(SpdxIds('a dependency must be licensable under alone; left out or empty: any')),
  denied: Type.Optional(SpdxIds('no dependency may need; left out: none')),
});
type LicensePolicyBody = Static<typeof LicensePolicyBody>;

const LicenseSchema = Type.Object({
  name: Type.String(),
  version: Type.Union([Type.String(), Type.Null()]),
  source: Type.String({ description: 'npm, pypi, cargo, go, maven or license-file.' }),
  spdx: Type.Union([Type.String(), Type.Null()], { description: 'The SPDX expression; null when none is named.' }),
  declared: Type.String({ description: 'What the manifest says, as written.' }),
  filename: Type.String(),
  line: Type.Integer(),
  denied: Type.Boolean({ description: "True when the inspection's license policy refuses it." }),
});

const InspectionLicensesSchema = Type.Object({
  audited: Type.Boolean({ description: 'False for an inspection not stored with a license audit.' }),
  policy: Type.Union(
    [Type.Object({ allowed: Type.Array(Type.String()), denied: Type.Array(Type.String()) }), Type.Null()],
    {
      description: "The policy it was held to: the organization's, under the repository's .plumb.yml lists.",
    },
  ),
  denied_count: Type.Integer(),
  project: Type.Array(LicenseSchema, { description: "The project's own licenses." }),
  dependencies: Type.Array(LicenseSchema),
});

const policyJson = (policy: OrganizationLicensePolicy) => ({
  allowed: policy.allowed,
  denied: policy.denied,
  configured: policy.configured,
});

const licenseJson = (license: StoredLicense) => ({
  name: license.name,
  version: license.version,
  source: license.source,
  spdx: license.spdx,
  declared: license.declared,
  filename: license.filename,
  line: license.line,
  denied: license.denied,
});

/** Plumb's license audit in the surface's style: the organization's policy, and an inspection's licenses. */
export async function licenseRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;
  const params = Type.Object(OrganizationParams);

  app.get(
    '/organizations/:slug/license-policy',
    {
      schema: routeSchema({
        summary: "An organization's license policy (a Plumb extension)",
        description: 'Any member may read it.',
        params,
        querystring: AuthQuery,
        response: { 200: LicensePolicySchema },
      }),
    },
    async (request) => policyJson(await getLicensePolicy(db, await organizationOf(db, request))),
  );

  app.put(
    '/organizations/:slug/license-policy',
    {
      schema: routeSchema({
        summary: "Replace an organization's license policy (a Plumb extension)",
        description:
          'Needs admin or master. Each id must be on the SPDX License List; both lists empty removes the policy. ' +
          "A repository's .plumb.yml `licenses:` lists replace the lists of the same name for its analyses.",
        params,
        querystring: AuthQuery,
        body: LicensePolicyBody,
        response: { 200: LicensePolicySchema },
      }),
    },
    async (request) => {
      const body = request.body as LicensePolicyBody;
      return policyJson(await saveLicensePolicy(db, await organizationOf(db, request), body));
    },
  );

  for (const form of repositoryPathForms('slug')) {
    app.get(
      `/repositories/${form.path}/inspections/:uuid/licenses`,
      {
        schema: routeSchema({
          summary: `An inspection's license audit (${form.provider}; a Plumb extension)`,
          description: "The project's own licenses and its dependencies', each with whether the policy refused it.",
          params: Type.Object({
            ...form.params,
            uuid: Type.String({ minLength: 1, description: "The inspection's uuid" }),
          }),
          querystring: AuthQuery,
          response: { 200: InspectionLicensesSchema },
        }),
      },
      async (request) => {
        const { licenses } = await findInspectionLicenses(
          db,
          callerOf(request),
          identityOf(form, request),
          uuidOf(request),
        );
        return {
          audited: licenses.audited,
          policy: licenses.policy,
          denied_count: licenses.deniedCount,
          project: licenses.project.map(licenseJson),
          dependencies: licenses.dependencies.map(licenseJson),
        };
      },
    );
  }
}

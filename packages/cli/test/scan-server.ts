import { createProject, type Project } from '../../server/src/domain/projects/index.js';
import { issueProjectToken } from '../../server/src/domain/provisioning.js';
import { createTenant, type Tenant } from '../../server/test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../server/test/support/test-app.js';

/** A live server on a loopback port, with a new tenant's project and a token of it: where `plumb scan` uploads. */
export interface ScanServer {
  world: TestApp;
  /** The server's URL. */
  server: string;
  tenant: Tenant;
  project: Project;
  /** A project token of `project`. */
  token: string;
}

export async function openScanServer(
  tenantName: string,
  projectFields: Parameters<typeof createProject>[2],
): Promise<ScanServer> {
  const world = await openTestApp();
  const server = await world.app.listen({ port: 0, host: '127.0.0.1' });
  const tenant = await createTenant(world.store, tenantName);
  const project = await createProject(world.store.db, tenant.owner, projectFields);
  const token = (await issueProjectToken(world.store.db, project.id)).secret;
  return { world, server, tenant, project, token };
}

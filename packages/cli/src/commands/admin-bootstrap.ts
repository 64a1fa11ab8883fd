import type { Command } from 'commander';
import { DEFAULT_DATA_DIR } from '../options.js';

interface BootstrapFlags {
  org: string;
  email: string;
  name?: string;
  data: string;
  json?: boolean;
}

/** `plumb admin bootstrap`: creates (or finds) an organization and its owner, and prints fresh tokens. */
export function registerAdminBootstrap(admin: Command): void {
  admin
    .command('bootstrap')
    .description('create or find an organization and its owner, and issue fresh tokens')
    .requiredOption('--org <slug>', 'organization slug')
    .requiredOption('--email <email>', "owner's email")
    .option('--name <name>', "organization's display name")
    .option('--data <dir>', 'data directory of the embedded store (ignored when DATABASE_URL is set)', DEFAULT_DATA_DIR)
    .option('--json', 'print one JSON object')
    .action(async (flags: BootstrapFlags) => {
      const { bootstrapOrganization, openStore, storeOptionsFromEnv } = await import('@plumb/server');
      const store = await openStore(storeOptionsFromEnv(flags.data));
      try {
        const result = await bootstrapOrganization(store.db, { slug: flags.org, email: flags.email, name: flags.name });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        process.stdout.write(
          [
            `Organization: ${result.organization.slug} (${result.organization.id})`,
            `Owner:        ${result.user.email} (${result.user.uuid})`,
            `User token (Scrutinizer ?access_token=, Codacy api-token:): ${result.userToken}`,
            `Organization token (Qodana Authorization: Bearer): ${result.organizationToken}`,
            'Each token is shown once; run bootstrap again for fresh ones.',
            '',
          ].join('\n'),
        );
      } finally {
        await store.close();
      }
    });
}

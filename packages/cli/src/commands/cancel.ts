import type { Command } from 'commander';
import type { SetExitCode } from './index.js';
import { UsageError } from '../usage-error.js';

interface CancelFlags {
  token: string;
}

const INSPECTION_PATH = /\/api\/repositories\/(?:g|b|gl|gp)\/.+\/inspections\/[0-9a-f-]{36}$/i;

/**
 * `plumb cancel INSPECTION_URL --token USER_TOKEN`: ends a queued or running inspection as canceled (Plumb's
 * `POST …/inspections/{uuid}/cancel`). The URL is the inspection's, as `plumb scan --wait` and the API print it.
 */
export function registerCancel(program: Command, setExitCode: SetExitCode): void {
  program
    .command('cancel')
    .description('cancel a queued or running inspection')
    .argument('<inspection-url>', "the inspection's API URL (…/api/repositories/…/inspections/UUID)")
    .requiredOption('--token <token>', 'a user access token of someone who may run inspections of the repository')
    .action(async (inspectionUrl: string, flags: CancelFlags) => {
      let url: URL;
      try {
        url = new URL(inspectionUrl);
      } catch {
        throw new UsageError(`inspection-url: expected an http(s) URL, got "${inspectionUrl}"`);
      }
      url.search = '';
      url.pathname = url.pathname.replace(/\/+$/, '');
      if (!['http:', 'https:'].includes(url.protocol) || !INSPECTION_PATH.test(url.pathname))
        throw new UsageError(`inspection-url: expected …/api/repositories/<provider>/…/inspections/<uuid>`);
      let response: Response;
      try {
        response = await fetch(`${url.toString()}/cancel`, {
          method: 'POST',
          headers: { authorization: `Bearer ${flags.token}` },
        });
      } catch (error) {
        throw new Error(`cannot reach ${url.origin}: ${(error as Error).cause ?? (error as Error).message}`);
      }
      const body = (await response.json().catch(() => ({}))) as { state?: string; message?: string };
      if (!response.ok) {
        process.stderr.write(`plumb: cancel: ${response.status} ${body.message ?? response.statusText}\n`);
        setExitCode(response.status === 409 ? 1 : 2);
        return;
      }
      process.stdout.write(`${url.toString()}: ${body.state ?? 'canceled'}\n`);
    });
}

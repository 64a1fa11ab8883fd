import { InvalidArgumentError, type Command } from 'commander';
import type { SetExitCode } from './index.js';
import { parseServer } from './scan.js';

interface ReportFlags {
  server: string;
  token: string;
  repo: string;
  date?: string;
  json: boolean;
}

/** The report fields this command prints; the rest is in `--json`. */
interface ReportBody {
  date: string;
  start_date: string;
  end_date: string;
  base_source_reference: string | null;
  head_source_reference: string | null;
  quality_score: number | null;
  quality_score_change: number;
  nb_issues: number | null;
  nb_issues_change: number;
  nb_alerts: number | null;
  nb_alerts_change: number;
  test_coverage?: number;
  nb_commits: number;
  nb_additions: number;
  nb_deletions: number;
  top_contributors: { name: string; email: string; nbCommits: number }[];
  algorithm_changed: boolean;
  _links: { self: { href: string } };
}

/** `g/login/name`, `b/user/slug`, `gl/instance/namespace…/name` or `gp/name` → the repository's API path. */
export function repositoryPath(value: string): string {
  const [provider, ...rest] = value.split('/');
  const expected = 'expected g/LOGIN/NAME, b/USER/SLUG, gl/INSTANCE/NAMESPACE/NAME or gp/NAME';
  if (rest.some((segment) => segment === '')) throw new InvalidArgumentError(`${expected}, got "${value}"`);
  const encode = (segments: string[]) => segments.map(encodeURIComponent).join('/');
  if ((provider === 'g' || provider === 'b') && rest.length === 2) return `${provider}/${encode(rest)}`;
  if (provider === 'gp' && rest.length === 1) return `gp/${encode(rest)}`;
  // A GitLab namespace may hold groups inside groups: everything between instance and name, encoded as one segment.
  if (provider === 'gl' && rest.length >= 3)
    return `gl/${encode([rest[0]!, rest.slice(1, -1).join('/'), rest[rest.length - 1]!])}`;
  throw new InvalidArgumentError(`${expected}, got "${value}"`);
}

function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new InvalidArgumentError(`expected a day as YYYY-MM-DD, got "${value}"`);
  return value;
}

const signed = (value: number, digits = 0) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
const shortRef = (ref: string | null) => (ref ? ref.slice(0, 12) : 'none');

/** A few lines a person reads in a terminal. */
export function reportText(report: ReportBody): string {
  const lines = [
    `report ${report.date}: ${report.start_date} to ${report.end_date} (${shortRef(report.base_source_reference)}` +
      `..${shortRef(report.head_source_reference)})`,
    `  quality ${report.quality_score?.toFixed(2) ?? 'n/a'} (${signed(report.quality_score_change, 2)}), ` +
      `issues ${report.nb_issues ?? 'n/a'} (${signed(report.nb_issues_change)}), ` +
      `alerts ${report.nb_alerts ?? 'n/a'} (${signed(report.nb_alerts_change)})` +
      (report.test_coverage === undefined ? '' : `, coverage ${(report.test_coverage * 100).toFixed(1)}%`),
    `  ${report.nb_commits} commits, +${report.nb_additions} -${report.nb_deletions} lines`,
    ...report.top_contributors.map((who) => `  ${who.name} <${who.email}>: ${who.nbCommits} commits`),
  ];
  if (report.algorithm_changed) lines.push('  the analysis engine changed between base and head');
  return `${lines.join('\n')}\n`;
}

/**
 * `plumb report --server URL --token USER_TOKEN --repo g/LOGIN/NAME [--date DAY] [--json]`: produces a repository's
 * development report now (Plumb's `POST …/reports` of the Scrutinizer API) and prints it.
 */
export function registerReport(program: Command, setExitCode: SetExitCode): void {
  program
    .command('report')
    .description("produce a repository's weekly development report now, on a Plumb server")
    .requiredOption('--server <url>', 'the Plumb server, e.g. https://plumb.example.com', parseServer)
    .requiredOption('--token <token>', 'a user access token of someone who may run inspections of the repository')
    .requiredOption('--repo <repository>', 'g/LOGIN/NAME, b/USER/SLUG, gl/INSTANCE/NAMESPACE/NAME or gp/NAME')
    .option('--date <day>', 'the report of this day (the week before it); default: the seven days up to now', parseDay)
    .option('--json', 'print the report as the API answers it', false)
    .action(async (flags: ReportFlags) => {
      const url = `${flags.server}/api/repositories/${repositoryPath(flags.repo)}/reports`;
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${flags.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(flags.date ? { date: flags.date } : {}),
        });
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause;
        throw new Error(`cannot reach ${flags.server}: ${cause?.message ?? (error as Error).message}`);
      }
      const body = (await response.json().catch(() => ({}))) as ReportBody & { message?: string };
      if (!response.ok) {
        process.stderr.write(`plumb: report: ${response.status} ${body.message ?? response.statusText}\n`);
        // A refusal of what was asked is bad input; a server failing is a failure.
        setExitCode(response.status < 500 ? 2 : 1);
        return;
      }
      process.stdout.write(flags.json ? `${JSON.stringify(body, null, 2)}\n` : reportText(body));
    });
}

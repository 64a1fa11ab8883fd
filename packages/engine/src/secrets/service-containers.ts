import { normalizeName, type Assignment } from './assignments.js';
import type { ScanText } from './scan-text.js';

/** CI pipeline definitions, whose `services:` start throwaway containers for the job (GitHub Actions, GitLab...). */
const CI_PIPELINE = new RegExp(
  String.raw`(?:^|/)(?:\.github/workflows/[^/]+|\.gitlab-ci|\.travis|azure-pipelines|bitbucket-pipelines|` +
    String.raw`\.circleci/config)\.ya?ml$`,
);

export const isCiPipeline = (filename: string): boolean => CI_PIPELINE.test(filename);

/** Docker Compose files: `docker-compose.yml`, `docker-compose.test.yml`, `compose.yaml`, `compose-dev.yml`. */
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:[.\-_][^/]*)?\.ya?ml$/i;

export const isComposeFile = (filename: string): boolean => COMPOSE_FILE.test(filename);

/**
 * The variables database images read their first password from, as `normalizeName` gives them (`MSSQL_SA_PASSWORD`
 * → `mssqlsapassword`): SQL Server, PostgreSQL, MySQL, MariaDB, Db2, Oracle, MongoDB, ClickHouse, CouchDB, InfluxDB,
 * Redis, Neo4j, Elasticsearch.
 */
const DATABASE_PASSWORD_VARIABLE = new RegExp(
  '^(?:mssqlsa|sa|postgres|pg|mysqlroot|mysql|mariadbroot|mariadb|db2inst1|oracle|mongoinitdbroot|clickhouse|' +
    'couchdb|dockerinfluxdbinit|redis|neo4j|elastic)(?:password|pwd)$',
);

/** A YAML line's indentation, a list item's `- ` counted as indentation. */
const indentOf = (line: string): number => /^[\s-]*/.exec(line)?.[0].length ?? 0;

/** Whether a line of a YAML file sits under a `services:` key (a job's service containers). */
function underServices(text: ScanText, index: number): boolean {
  let indent = indentOf(text.line(index));
  for (let row = index - 1; row >= 0 && indent > 0; row--) {
    const line = text.line(row);
    if (!line.trim() || line.trimStart().startsWith('#') || indentOf(line) >= indent) continue;
    if (/^[\s-]*services:\s*(?:#.*)?$/.test(line)) return true;
    indent = indentOf(line);
  }
  return false;
}

/**
 * Whether a value in a CI pipeline is the password of a throwaway service container: set in a `services:` block's
 * environment (`SA_PASSWORD: "…"` for an MSSQL container), or the same value given to the job that connects to it.
 */
export function isServiceContainerSecret(text: ScanText, index: number, value: string): boolean {
  return underServices(text, index) || text.linesHolding(value).some((row) => underServices(text, row));
}

/** An assignment on the line under `services:` that sets a database image's password variable to `value`. */
function setsDatabasePassword(text: ScanText, index: number, value: string): boolean {
  return (
    text
      .assignmentsOn(index)
      .some((entry) => entry.value === value && DATABASE_PASSWORD_VARIABLE.test(normalizeName(entry.name))) &&
    underServices(text, index)
  );
}

/**
 * Whether a value in a Compose file is the password of a database container it starts for development or tests: the
 * image's password variable set under `services:` (`MSSQL_SA_PASSWORD: …`), or the same value given to a service
 * that connects to it. Any other literal secret in the file, an API token of the application's, is still one.
 */
export function isDatabaseContainerPassword(text: ScanText, index: number, entry: Assignment): boolean {
  return text.linesHolding(entry.value).some((row) => setsDatabasePassword(text, row, entry.value));
}

/** Commands that make an account on the job's own machine or database with a password given to them. */
const ACCOUNT_COMMAND =
  /\b(?:useradd|adduser|chpasswd|htpasswd|createuser)\b|\b(?:CREATE|ALTER)\s+(?:USER|ROLE)\b|\bIDENTIFIED\s+BY\b/i;

/**
 * Whether a password in a CI pipeline is that of an account the job itself makes on its throwaway runner: its variable
 * is read by `useradd`, `chpasswd` or `CREATE USER` in the same file (phpseclib's SSH functional tests log in as a
 * local user the step creates). It guards nothing once the runner is gone.
 */
export function isRunnerAccountPassword(text: ScanText, name: string): boolean {
  if (!/^\w+$/.test(name)) return false;
  const reference = new RegExp(String.raw`\$\{?${name}\b`);
  return [...text.linesHolding(`$${name}`), ...text.linesHolding(`\${${name}`)].some((row) => {
    const line = text.line(row);
    return reference.test(line) && ACCOUNT_COMMAND.test(line);
  });
}

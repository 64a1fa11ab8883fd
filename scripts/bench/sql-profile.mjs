// What one request costs in SQL on PostgreSQL: the statements the server sent (counted), and each one's planning and
// execution time as EXPLAIN ANALYZE reports it, which the Node process's CPU contention does not inflate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pg = (await import(pathToFileURL(path.join(repo, 'node_modules/pg/lib/index.js')).href)).default;

let capturing = null;
const query = pg.Client.prototype.query;
// The server's driver and this module load the same `pg`: every statement of the store passes here.
pg.Client.prototype.query = function capture(config, values, callback) {
  if (capturing && config && typeof config === 'object' && typeof config.text === 'string')
    capturing.push({ text: config.text, values: config.values ?? (Array.isArray(values) ? values : []) });
  else if (capturing && typeof config === 'string') capturing.push({ text: config, values: values ?? [] });
  return query.call(this, config, values, callback);
};

/** Runs `request` with every SQL statement recorded; answers them. */
export async function statementsOf(request) {
  capturing = [];
  try {
    await request();
    return capturing;
  } finally {
    capturing = null;
  }
}

/** A plan in one line: each node's type, with the index or table it reads and the rows it gave. */
function outline(node) {
  const source = node['Index Name'] ?? node['Relation Name'];
  const own = `${node['Node Type']}${source ? ` ${source}` : ''} (${node['Actual Rows']} rows)`;
  const children = (node.Plans ?? []).map(outline);
  return children.length > 0 ? `${own} < ${children.join(', ')}` : own;
}

/** EXPLAIN (ANALYZE) of each statement on `databaseUrl`: planning and execution ms summed, and the slowest plan. */
export async function explainAll(databaseUrl, statements) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let planning = 0;
    let execution = 0;
    let slowest = { ms: -1, plan: '' };
    for (const { text, values } of statements) {
      if (!/^\s*select/i.test(text)) continue;
      const { rows } = await client.query({ text: `explain (analyze, format json) ${text}`, values });
      const [
        {
          'QUERY PLAN': [report],
        },
      ] = rows;
      planning += report['Planning Time'];
      execution += report['Execution Time'];
      if (report['Execution Time'] > slowest.ms) slowest = { ms: report['Execution Time'], plan: outline(report.Plan) };
    }
    return { planning, execution, slowest };
  } finally {
    await client.end();
  }
}

/**
 * CPU milliseconds the database's server processes have used so far (read from /proc: PostgreSQL on this host), or
 * NaN when they cannot be read. On a shared machine the wall time waits for the cores; this is the work itself.
 */
export async function serverCpuMs(store) {
  const { rows } = await store.executeSql('select pid from pg_stat_activity where datname = current_database()');
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return Number.NaN;
    }
  }
  return ticks * 10;
}

// GraphiQL for Plumb's Codiga API, built from npm packages into the dashboard's build: the page loads nothing from
// another host, so it works on a server without internet (docs/api/codiga.md).
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { plumbFetcher } from './fetcher.js';
import './page.css';

const DEFAULT_QUERY = `# Plumb serves Codiga's GraphQL API. Put your user token in the headers below:
#   { "X-Api-Token": "plumb_u_…" }
# (signed in to the dashboard in this browser, you need none).
{
  user {
    username
  }
  projects(howmany: 10, skip: 0) {
    id
    name
    lastAnalysis {
      id
      status
      violationsCount
    }
  }
}
`;

// Without StrictMode: its double mount leaves GraphiQL's first tab with an editor that never renders.
createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={plumbFetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />,
);

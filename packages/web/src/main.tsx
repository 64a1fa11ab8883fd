import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { RequireSession } from './components/RequireSession.js';
import { SessionProvider } from './session/session-context.js';
import './styles.css';

// Every page is its own chunk, loaded when its route is first visited: the first page ships only what it shows.
const router = createBrowserRouter([
  {
    path: '/',
    element: (
      <RequireSession>
        {(session) => <Navigate to={`/orgs/${encodeURIComponent(session.organization.slug)}`} replace />}
      </RequireSession>
    ),
  },
  { path: '/sign-in', lazy: async () => ({ Component: (await import('./views/sign-in/SignInPage.js')).SignInPage }) },
  {
    path: '/first-run',
    lazy: async () => ({ Component: (await import('./views/first-run/FirstRunPage.js')).FirstRunPage }),
  },
  {
    path: '/orgs/:org',
    lazy: async () => ({ Component: (await import('./views/overview/OverviewPage.js')).OverviewPage }),
  },
  {
    path: '/orgs/:org/projects/new',
    lazy: async () => ({ Component: (await import('./views/add-project/AddProjectPage.js')).AddProjectPage }),
  },
  {
    // The organization's settings: one section per child route (views/settings/settings-context.ts).
    path: '/orgs/:org/settings',
    lazy: async () => ({ Component: (await import('./views/settings/SettingsLayout.js')).SettingsLayout }),
    children: [
      { index: true, element: <Navigate to="members" replace /> },
      {
        path: 'members',
        lazy: async () => ({ Component: (await import('./views/settings/MembersSection.js')).MembersSection }),
      },
      {
        path: 'teams',
        lazy: async () => ({ Component: (await import('./views/settings/TeamsSection.js')).TeamsSection }),
      },
      {
        path: 'tokens',
        lazy: async () => ({ Component: (await import('./views/settings/TokensSection.js')).TokensSection }),
      },
      {
        path: 'gate',
        lazy: async () => ({ Component: (await import('./views/settings/GateSection.js')).GateSection }),
      },
      {
        path: 'webhooks',
        lazy: async () => ({ Component: (await import('./views/settings/WebhooksSection.js')).WebhooksSection }),
      },
      {
        path: 'licenses',
        lazy: async () => ({ Component: (await import('./views/settings/LicensesSection.js')).LicensesSection }),
      },
      {
        path: 'reports',
        lazy: async () => ({ Component: (await import('./views/settings/ReportsSection.js')).ReportsSection }),
      },
    ],
  },
  {
    // A project's pages share its layout (name and tabs, views/project/tabs.ts); each tab is a child route.
    path: '/orgs/:org/projects/:projectId',
    lazy: async () => ({ Component: (await import('./views/project/ProjectLayout.js')).ProjectLayout }),
    children: [
      { path: 'code', lazy: async () => ({ Component: (await import('./views/code/CodePage.js')).CodePage }) },
      { path: 'code/*', lazy: async () => ({ Component: (await import('./views/code/CodePage.js')).CodePage }) },
      {
        path: 'functions',
        lazy: async () => ({ Component: (await import('./views/code/FunctionsPage.js')).FunctionsPage }),
      },
      {
        index: true,
        lazy: async () => ({ Component: (await import('./views/project-home/ProjectHomePage.js')).ProjectHomePage }),
      },
      {
        path: 'pulls',
        lazy: async () => ({ Component: (await import('./views/pulls/PullRequestsPage.js')).PullRequestsPage }),
      },
      {
        path: 'pulls/:reviewId',
        lazy: async () => ({ Component: (await import('./views/pulls/PullRequestPage.js')).PullRequestPage }),
      },
      {
        path: 'issues',
        lazy: async () => ({ Component: (await import('./views/issues/IssuesPage.js')).IssuesPage }),
      },
      {
        path: 'settings',
        lazy: async () => ({
          Component: (await import('./views/settings/ProjectSettingsPage.js')).ProjectSettingsPage,
        }),
      },
    ],
  },
  { path: '*', lazy: async () => ({ Component: (await import('./views/not-found/NotFoundPage.js')).NotFoundPage }) },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);

import type { RouteAccess } from './caller.js';
import { MANAGING, READING } from './roles.js';

/** Each route's roles, and the seed's error name and wording for a missing token or a missing permission. */
export const ACCESS = {
  createProject: {
    roles: MANAGING,
    noCredentials: { name: 'NO_AUTH', details: 'User is not authorized' },
    denied: 'User has no public_api_create_or_get_project_token permission',
  },
  viewProjects: {
    roles: READING,
    noCredentials: { name: 'NO_CREDENTIALS_PROVIDED', details: 'API token is required.' },
    denied: 'User does not have permission to view projects.',
  },
  viewProject: {
    roles: READING,
    noCredentials: { name: 'NO_CREDENTIALS_PROVIDED', details: 'API token is required.' },
    denied: 'User does not have permission to view this project.',
  },
  listUsers: {
    roles: MANAGING,
    noCredentials: { name: 'NO_AUTH', details: 'User is not authorized' },
    denied: 'User has no public_api_get_organization_users permission',
  },
  listInspections: {
    roles: READING,
    noCredentials: { name: 'NO_AUTH', details: 'Authentication required to access inspections.' },
    denied: 'User has no public_api_get_inspections permission',
  },
} as const satisfies Record<string, RouteAccess>;

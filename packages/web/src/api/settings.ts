import { graphql } from './graphql.js';

// The settings pages' reads and changes: Plumb's GraphQL extensions (docs/dashboard.md#settings) and Codiga's token
// mutations. A secret is answered once, by the mutation that created it, and never read again.

export const ROLES = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'] as const;
export const API_KEY_ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;

export interface Member {
  uuid: string;
  email: string;
  displayName: string;
  role: string;
  status: string;
}

export interface UserToken {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface ApiKey extends UserToken {
  role: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface GatePolicy {
  new_critical_max: number;
  new_high_max: number;
  duplication_pct_max: number;
  complexity_new_max: number;
  rating_min: string;
  new_coverage_min: number;
}

export interface GateConfig {
  enabled: boolean;
  blockMergeOnFail: boolean;
  appliesToNewCodeOnly: boolean;
  policy: GatePolicy;
  version: number;
  configured: boolean;
}

export interface Waiver {
  id: number;
  rule: string;
  reason: string;
  projectId: number | null;
  pullRequest: number | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface NewWaiver {
  rule: string;
  reason: string;
  projectId: number | null;
  pullRequest: number | null;
  expiresAt: string | null;
}

const MEMBER = 'uuid email displayName role status';
const API_KEY = 'id name role createdAt lastUsedAt expiresAt revokedAt';
const GATE = `enabled blockMergeOnFail appliesToNewCodeOnly version configured
  policy { new_critical_max new_high_max duplication_pct_max complexity_new_max rating_min new_coverage_min }`;
const WAIVER = 'id rule reason projectId pullRequest createdAt expiresAt revokedAt';

export const listMembers = async (organization: string) =>
  (
    await graphql<{ plumbMembers: Member[] }>(
      `query Members($organization: String!) { plumbMembers(organization: $organization) { ${MEMBER} } }`,
      { organization },
    )
  ).plumbMembers;

export const putMember = (organization: string, email: string, role: string) =>
  graphql(
    `mutation PutMember($organization: String!, $email: String!, $role: String!) {
      plumbPutMember(organization: $organization, email: $email, role: $role) { ${MEMBER} }
    }`,
    { organization, email, role },
  );

export const removeMember = (organization: string, uuid: string) =>
  graphql(
    `
      mutation RemoveMember($organization: String!, $uuid: String!) {
        plumbRemoveMember(organization: $organization, uuid: $uuid)
      }
    `,
    { organization, uuid },
  );

export const listUserTokens = async () =>
  (await graphql<{ plumbUserTokens: UserToken[] }>('query Tokens { plumbUserTokens { id name createdAt lastUsedAt } }'))
    .plumbUserTokens;

/** A user token of the caller (Codiga's createApiToken): its secret, shown once. */
export const createUserToken = async (description: string) =>
  (
    await graphql<{ createApiToken: string }>(
      'mutation CreateToken($description: String) { createApiToken(description: $description) }',
      { description },
    )
  ).createApiToken;

export const revokeUserToken = (id: number) =>
  graphql('mutation DeleteToken($id: Long!) { deleteApiToken(id: $id) }', { id });

export const listApiKeys = async (organization: string) =>
  (
    await graphql<{ plumbApiKeys: ApiKey[] }>(
      `query ApiKeys($organization: String!) { plumbApiKeys(organization: $organization) { ${API_KEY} } }`,
      { organization },
    )
  ).plumbApiKeys;

export const createApiKey = async (
  organization: string,
  key: { name: string; role: string; expiresAt: string | null },
) =>
  (
    await graphql<{ plumbCreateApiKey: { key: ApiKey; secret: string } }>(
      `mutation CreateApiKey($organization: String!, $name: String!, $role: String, $expiresAt: String) {
        plumbCreateApiKey(organization: $organization, name: $name, role: $role, expiresAt: $expiresAt) {
          secret key { ${API_KEY} }
        }
      }`,
      { organization, ...key },
    )
  ).plumbCreateApiKey;

export const revokeApiKey = (organization: string, id: number) =>
  graphql(
    `
      mutation RevokeApiKey($organization: String!, $id: Long!) {
        plumbRevokeApiKey(organization: $organization, id: $id) {
          id
        }
      }
    `,
    { organization, id },
  );

export const readGateConfig = async (organization: string) =>
  (
    await graphql<{ plumbGateConfig: GateConfig }>(
      `query Gate($organization: String!) { plumbGateConfig(organization: $organization) { ${GATE} } }`,
      { organization },
    )
  ).plumbGateConfig;

export const saveGateConfig = async (organization: string, config: Omit<GateConfig, 'version' | 'configured'>) =>
  (
    await graphql<{ plumbSaveGateConfig: GateConfig }>(
      `mutation SaveGate($organization: String!, $config: PlumbGateConfigInput!) {
        plumbSaveGateConfig(organization: $organization, config: $config) { ${GATE} }
      }`,
      { organization, config },
    )
  ).plumbSaveGateConfig;

export const listWaivers = async (organization: string, includeExpired: boolean, includeRevoked: boolean) =>
  (
    await graphql<{ plumbWaivers: Waiver[] }>(
      `query Waivers($organization: String!, $includeExpired: Boolean, $includeRevoked: Boolean) {
        plumbWaivers(organization: $organization, includeExpired: $includeExpired, includeRevoked: $includeRevoked) {
          ${WAIVER}
        }
      }`,
      { organization, includeExpired, includeRevoked },
    )
  ).plumbWaivers;

export const createWaiver = (organization: string, waiver: NewWaiver) =>
  graphql(
    `mutation CreateWaiver($organization: String!, $waiver: PlumbNewWaiver!) {
      plumbCreateWaiver(organization: $organization, waiver: $waiver) { ${WAIVER} }
    }`,
    { organization, waiver },
  );

export const revokeWaiver = (organization: string, id: number) =>
  graphql(
    `
      mutation RevokeWaiver($organization: String!, $id: Long!) {
        plumbRevokeWaiver(organization: $organization, id: $id) {
          id
        }
      }
    `,
    { organization, id },
  );

export interface LicensePolicy {
  allowed: string[];
  denied: string[];
  configured: boolean;
}

export const readLicensePolicy = async (organization: string) =>
  (
    await graphql<{ plumbLicensePolicy: LicensePolicy }>(
      `
        query Licenses($organization: String!) {
          plumbLicensePolicy(organization: $organization) {
            allowed
            denied
            configured
          }
        }
      `,
      { organization },
    )
  ).plumbLicensePolicy;

export const saveLicensePolicy = async (organization: string, allowed: string[], denied: string[]) =>
  (
    await graphql<{ plumbSaveLicensePolicy: LicensePolicy }>(
      `
        mutation SaveLicenses($organization: String!, $allowed: [String!], $denied: [String!]) {
          plumbSaveLicensePolicy(organization: $organization, allowed: $allowed, denied: $denied) {
            allowed
            denied
            configured
          }
        }
      `,
      { organization, allowed, denied },
    )
  ).plumbSaveLicensePolicy;

/** Scrutinizer's webhook events (docs/api/webhooks.md). */
export const WEBHOOK_EVENTS = [
  'inspection.created',
  'inspection.completed',
  'inspection.canceled',
  'inspection.failed',
] as const;

export interface WebhookDelivery {
  deliveryUuid: string;
  event: string;
  state: string;
  attempt: number;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  attemptedAt: string;
}

export interface Webhook {
  uuid: string;
  url: string;
  events: string[] | null;
  createdAt: string;
  deliveries: WebhookDelivery[];
}

const WEBHOOK = `uuid url events createdAt
  deliveries(limit: 10) { deliveryUuid event state attempt statusCode durationMs error attemptedAt }`;

export const listWebhooks = async (organization: string, projectId: number) =>
  (
    await graphql<{ plumbWebhooks: Webhook[] }>(
      `query Webhooks($organization: String!, $projectId: Long!) {
        plumbWebhooks(organization: $organization, projectId: $projectId) { ${WEBHOOK} }
      }`,
      { organization, projectId },
    )
  ).plumbWebhooks;

export const addWebhook = async (organization: string, projectId: number, url: string, events: string[] | null) =>
  (
    await graphql<{ plumbAddWebhook: { secret: string } }>(
      `
        mutation AddWebhook($organization: String!, $projectId: Long!, $url: String!, $events: [String!]) {
          plumbAddWebhook(organization: $organization, projectId: $projectId, url: $url, events: $events) {
            secret
          }
        }
      `,
      { organization, projectId, url, events },
    )
  ).plumbAddWebhook;

export const removeWebhook = (organization: string, projectId: number, uuid: string) =>
  graphql(
    `
      mutation RemoveWebhook($organization: String!, $projectId: Long!, $uuid: String!) {
        plumbRemoveWebhook(organization: $organization, projectId: $projectId, uuid: $uuid)
      }
    `,
    { organization, projectId, uuid },
  );

export interface ReportSchedule {
  enabled: boolean;
  weekday: number;
  hour: number;
  timezone: string;
}

export const readReportSchedule = async (organization: string, projectId: number) =>
  (
    await graphql<{ plumbReportSchedule: ReportSchedule }>(
      `
        query ReportSchedule($organization: String!, $projectId: Long!) {
          plumbReportSchedule(organization: $organization, projectId: $projectId) {
            enabled
            weekday
            hour
            timezone
          }
        }
      `,
      { organization, projectId },
    )
  ).plumbReportSchedule;

export const saveReportSchedule = async (organization: string, projectId: number, schedule: ReportSchedule) =>
  (
    await graphql<{ plumbSaveReportSchedule: ReportSchedule }>(
      `
        mutation SaveReportSchedule($organization: String!, $projectId: Long!, $schedule: PlumbReportScheduleInput!) {
          plumbSaveReportSchedule(organization: $organization, projectId: $projectId, schedule: $schedule) {
            enabled
            weekday
            hour
            timezone
          }
        }
      `,
      { organization, projectId, schedule },
    )
  ).plumbSaveReportSchedule;

export interface ProjectSettings {
  defaultBranch: string;
  trackedBranches: string[];
  configYaml: string;
  /** The `.plumb.yml` the project's analyses use instead of the checkout's; empty for the checkout's. */
  plumbConfig: string;
}

const PROJECT_SETTINGS = 'defaultBranch trackedBranches configYaml plumbConfig';

export const readProjectSettings = async (organization: string, projectId: number) =>
  (
    await graphql<{ plumbProjectSettings: ProjectSettings }>(
      `query ProjectSettings($organization: String!, $projectId: Long!) {
        plumbProjectSettings(organization: $organization, projectId: $projectId) { ${PROJECT_SETTINGS} }
      }`,
      { organization, projectId },
    )
  ).plumbProjectSettings;

export const saveProjectSettings = async (organization: string, projectId: number, settings: ProjectSettings) =>
  (
    await graphql<{ plumbSaveProjectSettings: ProjectSettings }>(
      `mutation SaveProjectSettings($organization: String!, $projectId: Long!, $settings: PlumbProjectSettingsInput!) {
        plumbSaveProjectSettings(organization: $organization, projectId: $projectId, settings: $settings) {
          ${PROJECT_SETTINGS}
        }
      }`,
      { organization, projectId, settings },
    )
  ).plumbSaveProjectSettings;

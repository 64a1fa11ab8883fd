// Plumb's extensions for the dashboard's settings pages (docs/dashboard.md#settings): the same domain operations as
// CodeStax's gate, waiver and API-key routes and Codiga's token mutations. Every name starts with `plumb` or `Plumb`.
export const PLUMB_SETTINGS_SDL = /* GraphQL */ `
  "A member of the organization with their role."
  type PlumbMember {
    uuid: String!
    email: String!
    displayName: String!
    "OWNER, ADMIN, EDITOR, VIEWER or BILLING."
    role: String!
    "active, or invited (never signed in yet)."
    status: String!
  }

  "A user token of the caller (sent as X-Api-Token): never its secret."
  type PlumbUserToken {
    id: Long!
    name: String!
    "ISO-8601."
    createdAt: String!
    "ISO-8601; null before its first use."
    lastUsedAt: String
  }

  "An API key of the organization (CodeStax's X-API-Key): never its secret."
  type PlumbApiKey {
    id: Long!
    name: String!
    "ADMIN, EDITOR or VIEWER: what the key may do."
    role: String!
    createdAt: String!
    lastUsedAt: String
    expiresAt: String
    revokedAt: String
  }

  "An API key as created: the secret is in this answer only."
  type PlumbCreatedApiKey {
    key: PlumbApiKey!
    secret: String!
  }

  "The quality gate's thresholds, by CodeStax's names (docs/api/codestax.md)."
  type PlumbGatePolicy {
    new_critical_max: Int!
    new_high_max: Int!
    duplication_pct_max: Float!
    complexity_new_max: Int!
    rating_min: String!
    new_coverage_min: Float!
  }

  "The organization's quality gate: its switches and policy; version 0 and configured false for the defaults."
  type PlumbGateConfig {
    enabled: Boolean!
    blockMergeOnFail: Boolean!
    appliesToNewCodeOnly: Boolean!
    policy: PlumbGatePolicy!
    version: Int!
    configured: Boolean!
  }

  """
  Thresholds to save; the server checks every number (an integer where it is a count); a key left out takes its
  default.
  """
  input PlumbGatePolicyInput {
    new_critical_max: Float
    new_high_max: Float
    duplication_pct_max: Float
    complexity_new_max: Float
    rating_min: String
    new_coverage_min: Float
  }

  "The whole gate to save: what is left out takes the default."
  input PlumbGateConfigInput {
    enabled: Boolean
    blockMergeOnFail: Boolean
    appliesToNewCodeOnly: Boolean
    policy: PlumbGatePolicyInput
  }

  "An exception to one rule of the gate's policy, for the organization, a project or a pull request."
  type PlumbWaiver {
    id: Long!
    "The policy key it waives, e.g. new_critical_max."
    rule: String!
    reason: String!
    "Null for the whole organization."
    projectId: Long
    pullRequest: Int
    createdAt: String!
    "ISO-8601; null when it never expires."
    expiresAt: String
    revokedAt: String
  }

  input PlumbNewWaiver {
    rule: String!
    reason: String!
    projectId: Long
    pullRequest: Int
    "ISO-8601 date and time."
    expiresAt: String
  }

  "The organization's license policy: SPDX license ids its dependencies may (allowed) and may not (denied) carry."
  type PlumbLicensePolicy {
    allowed: [String!]!
    denied: [String!]!
    "False while the organization has none (both lists empty)."
    configured: Boolean!
  }

  "One attempt at delivering an event to a webhook."
  type PlumbWebhookDelivery {
    deliveryUuid: String!
    event: String!
    "queued, delivered or failed."
    state: String!
    attempt: Int!
    "The receiver's HTTP status; null when it could not be reached."
    statusCode: Int
    durationMs: Int!
    error: String
    attemptedAt: String!
  }

  "A project's webhook: never its secret."
  type PlumbWebhook {
    uuid: String!
    url: String!
    "The events it is sent; null for every event, those added later included."
    events: [String!]
    createdAt: String!
    "Its most recent delivery attempts, newest first (at most 100)."
    deliveries(limit: Int): [PlumbWebhookDelivery!]!
  }

  "A webhook as added: its signing secret is in this answer only."
  type PlumbCreatedWebhook {
    webhook: PlumbWebhook!
    secret: String!
  }

  "When a project's weekly development report is made (Scrutinizer's development_report_settings)."
  type PlumbReportSchedule {
    enabled: Boolean!
    "ISO weekday: 1 Monday to 7 Sunday."
    weekday: Int!
    "0 to 23, in the time zone."
    hour: Int!
    "An IANA time zone, e.g. Europe/Berlin."
    timezone: String!
  }

  "A schedule to save: what is left out keeps its value."
  input PlumbReportScheduleInput {
    enabled: Boolean
    weekday: Int
    hour: Int
    timezone: String
  }

  "A member of a team."
  type PlumbTeamMember {
    uuid: String!
    email: String!
    displayName: String!
  }

  "A team's access to a project: admin, developer or view."
  type PlumbTeamProject {
    projectId: Long!
    path: String!
    access: String!
  }

  "A team of the organization, its members and its projects (the first 500 of each)."
  type PlumbTeam {
    uuid: String!
    name: String!
    members: [PlumbTeamMember!]!
    projects: [PlumbTeamProject!]!
  }

  "A project's own settings: its branches and the YAML configuration kept with it."
  type PlumbProjectSettings {
    defaultBranch: String!
    trackedBranches: [String!]!
    "Scrutinizer's repository config (its build failure conditions among others); empty for none."
    configYaml: String!
    "The .plumb.yml the project's analyses use instead of the checkout's own; empty to use the checkout's."
    plumbConfig: String!
  }

  "Settings to save: what is left out keeps its value."
  input PlumbProjectSettingsInput {
    defaultBranch: String
    trackedBranches: [String!]
    configYaml: String
    "A .plumb.yml for the project's analyses, checked as the engine reads it; empty text removes it."
    plumbConfig: String
  }

  extend type Query {
    "The organization's members (any member)."
    plumbMembers(organization: String!): [PlumbMember!]!
    "The caller's live user tokens, oldest first."
    plumbUserTokens: [PlumbUserToken!]!
    "The organization's API keys, revoked ones included, newest first (OWNER or ADMIN)."
    plumbApiKeys(organization: String!): [PlumbApiKey!]!
    "The organization's quality gate (any member)."
    plumbGateConfig(organization: String!): PlumbGateConfig!
    "The organization's waivers, newest first; expired and revoked ones only when asked for (any member)."
    plumbWaivers(organization: String!, includeExpired: Boolean, includeRevoked: Boolean): [PlumbWaiver!]!
    "The organization's license policy (any member)."
    plumbLicensePolicy(organization: String!): PlumbLicensePolicy!
    "A project's webhooks, newest first (OWNER or ADMIN, or the admins of a team with access to it)."
    plumbWebhooks(organization: String!, projectId: Long!): [PlumbWebhook!]!
    "When the project's development report is made (any member)."
    plumbReportSchedule(organization: String!, projectId: Long!): PlumbReportSchedule!
    "The organization's teams by name (any member)."
    plumbTeams(organization: String!): [PlumbTeam!]!
    "A project's own settings (any member)."
    plumbProjectSettings(organization: String!, projectId: Long!): PlumbProjectSettings!
  }

  extend type Mutation {
    "Adds a member by email (an unknown email is invited) or changes a member's role (OWNER or ADMIN)."
    plumbPutMember(organization: String!, email: String!, role: String!): PlumbMember!
    "Removes a member and their place in the organization's teams (OWNER or ADMIN)."
    plumbRemoveMember(organization: String!, uuid: String!): Boolean!
    "A new API key of the organization, VIEWER unless a role is given (OWNER or ADMIN)."
    plumbCreateApiKey(organization: String!, name: String!, role: String, expiresAt: String): PlumbCreatedApiKey!
    "Revokes a live API key of the organization (OWNER or ADMIN)."
    plumbRevokeApiKey(organization: String!, id: Long!): PlumbApiKey!
    "Saves the organization's whole gate (OWNER or ADMIN); the version rises when anything changed."
    plumbSaveGateConfig(organization: String!, config: PlumbGateConfigInput!): PlumbGateConfig!
    "Creates a waiver (OWNER or ADMIN)."
    plumbCreateWaiver(organization: String!, waiver: PlumbNewWaiver!): PlumbWaiver!
    "Revokes a waiver: kept, no longer honoured (OWNER or ADMIN)."
    plumbRevokeWaiver(organization: String!, id: Long!): PlumbWaiver!
    "Replaces the organization's license policy; both lists empty is no policy (OWNER or ADMIN)."
    plumbSaveLicensePolicy(organization: String!, allowed: [String!], denied: [String!]): PlumbLicensePolicy!
    "Adds a webhook to a project, for every event unless some are named (as plumbWebhooks)."
    plumbAddWebhook(organization: String!, projectId: Long!, url: String!, events: [String!]): PlumbCreatedWebhook!
    "Removes a project's webhook and its deliveries (as plumbWebhooks)."
    plumbRemoveWebhook(organization: String!, projectId: Long!, uuid: String!): Boolean!
    "Changes when the project's development report is made, then reschedules it (as plumbWebhooks)."
    plumbSaveReportSchedule(
      organization: String!
      projectId: Long!
      schedule: PlumbReportScheduleInput!
    ): PlumbReportSchedule!
    "Creates a team (OWNER or ADMIN)."
    plumbCreateTeam(organization: String!, name: String!): PlumbTeam!
    "Deletes a team; its members stay in the organization (OWNER or ADMIN)."
    plumbDeleteTeam(organization: String!, team: String!): Boolean!
    "Adds a member of the organization to a team by email (OWNER or ADMIN)."
    plumbAddTeamMember(organization: String!, team: String!, email: String!): Boolean!
    "Removes a user from a team (OWNER or ADMIN)."
    plumbRemoveTeamMember(organization: String!, team: String!, user: String!): Boolean!
    "Grants or changes a team's access (admin, developer or view) to a project (OWNER or ADMIN)."
    plumbPutTeamProject(organization: String!, team: String!, projectId: Long!, access: String!): Boolean!
    "Takes a team's access to a project away (OWNER or ADMIN)."
    plumbRemoveTeamProject(organization: String!, team: String!, projectId: Long!): Boolean!
    "Changes a project's branches and configuration (OWNER or ADMIN)."
    plumbSaveProjectSettings(
      organization: String!
      projectId: Long!
      settings: PlumbProjectSettingsInput!
    ): PlumbProjectSettings!
  }
`;

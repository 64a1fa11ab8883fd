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
  }
`;

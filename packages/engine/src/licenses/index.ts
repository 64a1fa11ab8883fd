export { auditLicenses } from './audit.js';
export { hasPolicy, isRefused, LICENSE_RULE, licenseFindings, underPolicy } from './policy.js';
export { isSpdxId, licenseIds, permitted, toSpdx } from './spdx.js';
export type { DeclaredLicense, LicenseAudit, LicensePolicy, LicenseSource } from './types.js';

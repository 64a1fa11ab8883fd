export { licenseVerdicts, writeLicenseAudit, type LicenseVerdict } from './audit.js';
export { findInspectionLicenses, licensesOfAnalysis, type AnalysisLicenses, type StoredLicense } from './listing.js';
export {
  getLicensePolicy,
  organizationLicensePolicy,
  saveLicensePolicy,
  type LicensePolicyInput,
  type OrganizationLicensePolicy,
} from './policy.js';

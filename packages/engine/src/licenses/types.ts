/** Where a license was declared: the ecosystem's manifest, or a license text of a vendored package. */
export type LicenseSource = 'npm' | 'pypi' | 'cargo' | 'go' | 'maven' | 'license-file';

/** One declared license: of the project itself or of one dependency its checkout declares. */
export interface DeclaredLicense {
  /** The package's name (`left-pad`, `requests`, `golang.org/x/sys`), or the project's folder for its own. */
  name: string;
  version: string | null;
  source: LicenseSource;
  /** The SPDX expression (`MIT`, `Apache-2.0 OR MIT`), or null when the declaration names no SPDX license. */
  spdx: string | null;
  /** What the manifest says, as written (`Apache License, Version 2.0`), or the license file's first line. */
  declared: string;
  /** The file that declares it, relative to the analyzed directory, and its line. */
  filename: string;
  line: number;
}

/** The license audit of one analysis: nothing is fetched, only what the checkout declares is read. */
export interface LicenseAudit {
  /** The project's own licenses: its root license file and the licenses its own manifests declare. */
  project: DeclaredLicense[];
  /** Licenses of dependencies declared in lockfiles and vendored packages, sorted by source, name and version. */
  dependencies: DeclaredLicense[];
}

/** `.plumb.yml` `licenses:` (or an organization's policy): SPDX ids allowed and denied. */
export interface LicensePolicy {
  /** When not empty, a license must be satisfiable with these ids alone. */
  allowed: string[];
  denied: string[];
}

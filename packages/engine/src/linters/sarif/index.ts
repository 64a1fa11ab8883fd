export { importSarif } from './import-sarif.js';
export type { SarifImport, SarifImportOptions } from './import-sarif.js';
export { SarifFormatError } from './sarif-error.js';

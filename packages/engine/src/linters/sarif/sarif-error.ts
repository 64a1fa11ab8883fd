/** A SARIF log that is not valid JSON or not the shape SARIF 2.1.0 prescribes; the message names the field. */
export class SarifFormatError extends Error {
  constructor(
    /** Where in the log, e.g. `runs[0].results[3].locations`; empty for the document itself. */
    readonly path: string,
    detail: string,
  ) {
    super(path === '' ? detail : `${path}: ${detail}`);
    this.name = 'SarifFormatError';
  }
}

// What a procedure declares for the REST layer beside its `meta.openapi` (read by the handler and
// the document).

export interface RestMeta {
  /** Also answers `?format=csv`, with this rendering of the procedure's output. */
  csv?: (output: never) => string;
}

// What a procedure declares for the REST layer beside its `meta.openapi` (read by the handler and
// the document), and where the layer is served; nothing here imports the router, so procedures can.

export const REST_ENDPOINT = "/api/v1";

export interface RestMeta {
  /** Also answers `?format=csv`, with this rendering of the procedure's output. */
  csv?: (output: never) => string;
  /** The status of a success, when not 200 (201 for what a POST creates). */
  status?: 201;
}

// What the production server's parts share about Node's requests.
import type { IncomingHttpHeaders } from "node:http";
import Negotiator from "negotiator";

/** Whether the client takes gzip (Accept-Encoding, with its q-values), as the browsers all do. */
export const acceptsGzip = (headers: IncomingHttpHeaders) => new Negotiator({ headers }).encoding(["gzip", "identity"]) === "gzip";

/** A web Headers of a Node request's. */
export function webHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) for (const one of [value ?? []].flat()) headers.append(name, one);
  return headers;
}

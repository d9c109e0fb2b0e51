// The REST API's reads (GET and HEAD under /api/v1), answered in front of Next (main.ts) by the
// same function as Next's route (src/lib/rest-api.ts): passing through Next cost a cached read
// most of its time, and Next compressed every answer again for clients that take gzip (the
// 10-year CSV: 72 answers/s instead of 217). Public answers are compressed once per version
// (their ETag) and kept; others are compressed per answer, as Next did.
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { cacheMegabytes } from "@rti/api/response-cache";
import { LRUCache } from "lru-cache";
import { restApi } from "../src/lib/rest-api";
import { acceptsGzip, webHeaders } from "./http";

const compress = promisify(gzip);

/** Reads of the REST API; the upload (its own route) and the OpenAPI document (its own route) stay with Next. */
export const isApiRead = (method: string | undefined, pathname: string) =>
  (method === "GET" || method === "HEAD") && pathname.startsWith("/api/v1/") && pathname !== "/api/v1/imports" && pathname !== "/api/v1/openapi.json";

/** Below this, compressing saves less than it costs. */
const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE = /^(application\/([\w.+-]*json)|text\/)/;

/** The headers Next adds before a route sees a request, so the handler reads the same (the rate limit keys anonymous callers by X-Forwarded-For). */
function forwardedHeaders(req: IncomingMessage, port: number): Headers {
  const headers = webHeaders(req.headers);
  if (!headers.has("x-forwarded-host") && headers.has("host")) headers.set("x-forwarded-host", headers.get("host")!);
  if (!headers.has("x-forwarded-port")) headers.set("x-forwarded-port", String(port));
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", "http");
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  return headers;
}

/** Answers the REST API's reads on `port` (this server's); false leaves a request to Next. */
export function createApiReads(port: number) {
  const megabytes = cacheMegabytes();
  const compressed = megabytes > 0 ? new LRUCache<string, Buffer>({ maxSize: megabytes * 2 ** 20, sizeCalculation: (body) => body.length + 256 }) : null;

  /** `body` gzip-compressed; kept under `key` when the answer is public (it never changes for that ETag). */
  async function gzipped(body: Buffer, key: string | null): Promise<Buffer> {
    const kept = key ? compressed?.get(key) : undefined;
    if (kept) return kept;
    const made = await compress(body);
    if (key) compressed?.set(key, made);
    return made;
  }

  /** Answers `req` (at `url`) when it is an API read; false leaves it to Next. */
  return async function answer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!isApiRead(req.method, url.pathname)) return false;
    const response = await restApi(new Request(url, { method: req.method, headers: forwardedHeaders(req, port) }));
    let body: Buffer = Buffer.from(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    const type = headers.get("content-type") ?? "";
    if (body.length >= MIN_COMPRESSED_BYTES && COMPRESSIBLE.test(type)) {
      headers.append("vary", "Accept-Encoding");
      if (acceptsGzip(req.headers)) {
        const etag = headers.get("etag");
        const key = etag && (headers.get("cache-control") ?? "").startsWith("public") ? `${etag}\n${url.pathname}${url.search}` : null;
        body = await gzipped(body, key);
        headers.set("content-encoding", "gzip");
      }
    }
    if (req.method === "HEAD") {
      headers.delete("content-length");
      res.writeHead(response.status, Object.fromEntries(headers)).end();
      return true;
    }
    headers.set("content-length", String(body.length));
    res.writeHead(response.status, Object.fromEntries(headers)).end(body);
    return true;
  };
}

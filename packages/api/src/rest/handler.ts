// The REST API under /api/v1: a fetch Request in, a Response out (the Next route hands every
// method to it). trpc-to-openapi runs the reads; around it this adds what it lacks: one error
// shape, 404/405 for unknown paths and methods, a body size limit, CORS, the API key and the
// rate limit, ETag and Cache-Control with 304 for conditional reads, and CSV renderings. Writes
// run their procedure directly with the JSON body as sent: trpc-to-openapi would coerce its
// numbers (null to 0, "" to 0), as it must for query strings but never should for JSON.
import { viewerForApiKey, type Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createOpenApiFetchHandler, normalizePath } from "trpc-to-openapi";
import type { Context } from "../context";
import { DomainError, invalidField } from "../errors";
import { appRouter } from "../root";
import { createCallerFactory } from "../trpc";
import { publishedReleaseRef } from "../domain/releases/read";
import { addressOf, cacheHeadersFor, matchesEtag } from "./caching";
import { errorResponse } from "./errors";
import { clientIp, rateLimit, type Requester } from "./rate-limit";
import { createResponseCache } from "./response-cache";
import { REST_ENDPOINT } from "./meta";
import { routesAt, type RestRoute } from "./routes";

export const MAX_BODY_BYTES = 1024 * 1024;

/** CORS: reads are open to every origin; writes carry an API key, never a cookie, so `*` is safe. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After",
} as const;
export const PREFLIGHT = {
  "Access-Control-Allow-Headers": "Authorization, Content-Type, If-Match, If-None-Match",
  "Access-Control-Max-Age": "86400",
} as const;

interface Dependencies {
  /** Counts a request against its caller's rate limit; throws DomainError RATE_LIMITED past it. */
  limit: (who: Requester) => Promise<void>;
  /** Keeps finished public reads (response-cache.ts). */
  cache: ResponseCache;
}

type ResponseCache = ReturnType<typeof createResponseCache>;

/** The handler, with its rate limiter and cache given (tests pass their own). */
export function createRestHandler(deps: Dependencies) {
  return async (req: Request): Promise<Response> => {
    let response: Response;
    try {
      response = await dispatch(req, deps);
    } catch (error) {
      response = errorResponse(error);
    }
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    return req.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
  };
}

export const handleRestRequest = createRestHandler({ limit: rateLimit, cache: createResponseCache() });

/**
 * Who a request acts as: nobody without an Authorization header, the key's owner (with their
 * current roles) with a valid API key; any other Authorization header is refused.
 */
export async function authenticate(req: Request): Promise<{ viewer: Viewer | null; keyId: string | null }> {
  const header = req.headers.get("authorization");
  if (header === null) return { viewer: null, keyId: null };
  const key = /^Bearer +(\S+) *$/i.exec(header)?.[1];
  const found = key ? await viewerForApiKey(key) : null;
  if (!found) throw new DomainError("UNAUTHENTICATED", key ? "This API key is unknown or has been revoked." : 'Send an API key as "Authorization: Bearer <key>".');
  return found;
}

/** authenticate, then the rate limit: the key's when it has one, else the address's (refused keys count there too). */
export async function identify(req: Request, { limit }: Pick<Dependencies, "limit">) {
  const ip = clientIp(req.headers);
  try {
    const caller = await authenticate(req);
    await limit({ ip, keyId: caller.keyId });
    return caller;
  } catch (error) {
    if (error instanceof DomainError && error.domainCode === "UNAUTHENTICATED") await limit({ ip, keyId: null });
    throw error;
  }
}

const tooLarge = () =>
  new DomainError("PAYLOAD_TOO_LARGE", `A request body can be at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`, { details: { maxBytes: MAX_BODY_BYTES } });

async function dispatch(req: Request, deps: Dependencies): Promise<Response> {
  if (Number(req.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge();
  const url = new URL(req.url);
  const path = url.pathname.startsWith(REST_ENDPOINT) ? url.pathname.slice(REST_ENDPOINT.length) : url.pathname;
  const routes = routesAt(path);
  if (routes.size === 0) {
    throw new DomainError("NOT_FOUND", `There is nothing at ${url.pathname}: the API's paths are listed in ${REST_ENDPOINT}/openapi.json.`);
  }
  const allow = [...routes.keys(), "OPTIONS"].join(", ");
  if (req.method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { ...PREFLIGHT, Allow: allow, "Access-Control-Allow-Methods": allow } });
  }
  const method = req.method === "HEAD" ? "GET" : req.method;
  const route = routes.get(method as never);
  if (!route) {
    const response = errorResponse(new DomainError("METHOD_NOT_ALLOWED", `${req.method} is not allowed on ${url.pathname}; use ${allow}.`, { details: { allow } }));
    response.headers.set("Allow", allow);
    return response;
  }

  const caller = await identify(req, deps);
  const resHeaders = new Headers();
  const context: Context = {
    db: getDb(),
    viewer: caller.viewer,
    apiKey: caller.keyId ? { id: caller.keyId } : null,
    resHeaders,
    ifMatch: req.headers.get("if-match"),
  };
  if (method !== "GET") return write(route, req, path, context);
  // What a read answers depends on the latest release and its address, nothing else (caching.ts).
  const latest = await publishedReleaseRef(context.db);
  const response = await deps.cache.read(`${latest?.id ?? "none"}\n${addressOf(url)}`, () => read(route, url, context));
  const etag = response.headers.get("etag");
  const cacheControl = response.headers.get("cache-control") ?? "";
  // Only public reads revalidate: a working copy's ETag is its revision, which a status change keeps.
  if (response.status === 200 && etag && cacheControl.startsWith("public") && matchesEtag(req.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  }
  return response;
}

/** A read, run by trpc-to-openapi, with its cache headers and, when asked for, as CSV. */
async function read(route: RestRoute, url: URL, context: Context): Promise<Response> {
  let failure: unknown;
  let output: unknown;
  const response = await createOpenApiFetchHandler({
    endpoint: REST_ENDPOINT,
    router: appRouter,
    req: new Request(url),
    createContext: () => context,
    onError: ({ error }) => {
      failure = error;
    },
    responseMeta: ({ data, errors }) => {
      if (errors.length === 0) output = data[0];
      return {};
    },
  });
  if (response.status >= 400) return errorResponse(failure);

  for (const [name, value] of context.resHeaders!) response.headers.set(name, value);
  const cache = cacheHeadersFor(context.resHeaders!, url);
  if (cache) {
    response.headers.set("ETag", cache.etag);
    response.headers.set("Cache-Control", cache.cacheControl);
  }
  if (route.rest.csv && url.searchParams.get("format") === "csv") {
    response.headers.set("Content-Type", "text/csv; charset=utf-8");
    return new Response((route.rest.csv as (output: unknown) => string)(output), { status: response.status, headers: response.headers });
  }
  return response;
}

const createCaller = createCallerFactory(appRouter);

/** A write: its procedure called with the path's parameters over the JSON body; never cached. */
async function write(route: RestRoute, req: Request, path: string, context: Context): Promise<Response> {
  const input = { ...(await jsonBody(req)), ...pathParameters(route, path) };
  const procedure = route.procedure.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], createCaller(context));
  const output = await (procedure as (input: unknown) => Promise<unknown>)(input);
  const headers = new Headers(context.resHeaders);
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  return Response.json(output, { status: route.rest.status ?? 200, headers });
}

function pathParameters(route: RestRoute, path: string): Record<string, string> {
  const groups = route.pattern.exec(normalizePath(path))?.groups ?? {};
  return Object.fromEntries(
    Object.entries(groups).map(([name, value]) => {
      try {
        return [name, decodeURIComponent(value)];
      } catch {
        throw invalidField(name, "This part of the address is not valid percent-encoding.");
      }
    }),
  );
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The body as a JSON object; an empty body is an empty one (POST …/submit takes none). */
async function jsonBody(req: Request): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (text.trim() === "") return {};
  const type = req.headers.get("content-type") ?? "";
  if (!JSON_TYPE.test(type)) {
    throw new DomainError("UNSUPPORTED_MEDIA_TYPE", `Send the body as JSON, with Content-Type: application/json${type ? ` (not ${type})` : ""}.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw invalidField("body", `The body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalidField("body", "The body must be a JSON object: { … }.");
  return body as Record<string, unknown>;
}

/** The request body as text, refusing more than MAX_BODY_BYTES (a chunked body declares no length) and bytes that are not UTF-8. */
export async function readBody(req: Request): Promise<string> {
  if (!req.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  try {
    return UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw invalidField("body", "The body is not valid UTF-8; send the text encoded as UTF-8.");
  }
}

// Fatal: bytes that are not UTF-8 are refused, never silently turned into U+FFFD and stored.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

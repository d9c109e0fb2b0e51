// Public pages, rendered once per release. A page shows only published data, which never changes
// until the next release, yet its Content-Security-Policy nonce makes Next render it for every
// request (55–70 ms of a core for the home or a dyad page). So src/proxy.ts answers anonymous
// page views from memory: the page is rendered once (by asking this server for it), kept with
// its nonce blanked out, and every answer gets a fresh nonce in both the page and the header.
// Entries are keyed by the latest release, the address, the origin and the day (pages cite the
// day they were read), so publishing starts afresh.
import { publishedReleaseRef } from "@rti/api";
import { cacheMegabytes, createResponseCache, type StoredResponse } from "@rti/api/response-cache";
import { getDb } from "@rti/db";

/** Pages whose content is published data only (the methodology page counts drafts, so it is left out). */
const PUBLIC_PAGES = /^\/($|dyads\/[^/]+$|releases(\/[^/]+)?$|events\/[^/]+$|corrections$|embed\/dyads\/[^/]+$)/;

/** Marks the self-request that renders a page, so it is not answered from the cache it fills. */
export const RENDER_HEADER = "x-rti-render";

/** Stands for the nonce in a kept page: not base64, so it cannot occur in one. */
const NONCE_SLOT = "\u0000rti-nonce\u0000";
const NONCE_SLOT_BYTES = Buffer.from(NONCE_SLOT);

/** Pages weigh about ten times an API answer (a dyad page with its chart ≈ 700 KB), so they get four times the API's memory. */
const PAGE_MEMORY_SHARE = 4;

/**
 * A full-page view by someone not signed in (no cookie at all): the same for every such visitor.
 * Next hides its router's headers from the proxy, so a client-side navigation (which must get
 * the page's RSC payload, not HTML) is told apart by the browser's own Sec-Fetch-Dest: a
 * document or a frame is a page view, a fetch is "empty".
 */
export function isCacheablePageRequest(request: Request): boolean {
  // In development a page must show the code just edited; RTI_API_CACHE_MB=0 turns caching off.
  if (process.env.NODE_ENV === "development" || cacheMegabytes() === 0) return false;
  if (request.method !== "GET" || request.headers.has("cookie") || request.headers.has(RENDER_HEADER)) return false;
  const dest = request.headers.get("sec-fetch-dest");
  if (dest !== null && dest !== "document" && dest !== "iframe") return false;
  if (request.headers.has("rsc") || request.headers.has("next-router-prefetch") || new URL(request.url).searchParams.has("_rsc")) return false;
  return PUBLIC_PAGES.test(new URL(request.url).pathname);
}

/** The nonce of a Content-Security-Policy header. */
export const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

const keptPage = (response: Response) =>
  response.status === 200 && (response.headers.get("content-type") ?? "").startsWith("text/html") && !response.headers.has("set-cookie");
const pages = createResponseCache(cacheMegabytes() * PAGE_MEMORY_SHARE, keptPage);

/** Renders `request`'s page through this server, with the nonce replaced by NONCE_SLOT. */
async function render(request: Request, origin: URL): Promise<Response> {
  const url = new URL(request.url);
  const rendered = await fetch(`http://127.0.0.1:${process.env.PORT ?? "3000"}${url.pathname}${url.search}`, {
    headers: { [RENDER_HEADER]: "1", accept: "text/html", "x-forwarded-host": origin.host, "x-forwarded-proto": origin.protocol.replace(":", "") },
    redirect: "manual",
  });
  const nonce = nonceOf(rendered.headers.get("content-security-policy"));
  const html = await rendered.text();
  const headers = new Headers({ "content-type": rendered.headers.get("content-type") ?? "text/html; charset=utf-8" });
  for (const name of ["cache-control", "set-cookie"]) {
    const value = rendered.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(template(html, nonce), { status: rendered.status, headers });
}

/** `html` as kept: its nonce (when it has one) replaced by a slot that withNonce fills. */
export const template = (html: string, nonce: string | undefined) => (nonce ? html.replaceAll(nonce, NONCE_SLOT) : html);

/**
 * A kept page's bytes with `nonce` in every slot. Spliced as bytes: decoding ~800 KB to a string
 * and encoding it back took most of a cached answer's time.
 */
export function withNonce(page: Uint8Array, nonce: string): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const nonceBytes = Buffer.from(nonce);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let at = bytes.indexOf(NONCE_SLOT_BYTES); at !== -1; at = bytes.indexOf(NONCE_SLOT_BYTES, from)) {
    parts.push(bytes.subarray(from, at), nonceBytes);
    from = at + NONCE_SLOT_BYTES.length;
  }
  parts.push(bytes.subarray(from));
  const filled = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  parts.reduce((offset, part) => (filled.set(part, offset), offset + part.byteLength), 0);
  return filled;
}

/**
 * The page for `request` with `nonce` in it, from memory or rendered and kept, marked
 * `X-RTI-Cache: hit|miss`; null when the page is not one to keep (a redirect, a 404), which the
 * caller then has rendered as usual. `origin` is where the visitor reached the site.
 */
export async function cachedPage(request: Request, origin: URL, nonce: string): Promise<Response | null> {
  const latest = await publishedReleaseRef(getDb());
  const url = new URL(request.url);
  const key = [latest?.id ?? "none", origin.origin, url.pathname + url.search, new Date().toISOString().slice(0, 10)].join("\n");
  let missed = false;
  const page: StoredResponse | Response = await pages.keep(key, () => ((missed = true), render(request, origin)));
  if (page instanceof Response) return null;
  const headers = new Headers(page.headers);
  headers.set("x-rti-cache", missed ? "miss" : "hit");
  return new Response(withNonce(page.body, nonce), { status: page.status, headers });
}

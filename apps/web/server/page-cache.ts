// Public pages, rendered once per release and answered from memory, in front of Next (main.ts).
// A page shows only published data, which never changes until the next release, yet its
// Content-Security-Policy nonce makes Next render it for every request (55–70 ms of a core for
// the home or a dyad page). So anonymous page views are answered here: the page is rendered once
// (by asking this server for it), kept with its nonce taken out (page-template.ts), and every
// answer gets a fresh nonce in both the page and the header, gzip-compressed when the client
// accepts it. Here and not in src/proxy.ts because Next drops a proxy's Content-Encoding and
// compresses every answer itself, which cost browsers two thirds of the throughput.
// Entries are keyed by the latest release, the address, the origin and the day (pages cite the
// day they were read), so publishing starts afresh.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { publishedReleaseRef } from "@rti/api/published";
import { cacheMegabytes, createAnswerCache } from "@rti/api/response-cache";
import { getDb } from "@rti/db";
import { createNonce, securityHeadersFor } from "../src/lib/security-headers";
import { visitorOrigin } from "../src/lib/visitor-origin";
import { acceptsGzip, webHeaders } from "./http";
import { PageTemplate, template } from "./page-template";

/** Pages whose content is published data only (the methodology page counts drafts, so it is left out). */
const PUBLIC_PAGES = /^\/($|dyads\/[^/]+$|releases(\/[^/]+)?$|events\/[^/]+$|corrections$|embed\/dyads\/[^/]+$)/;

/** Marks the request that renders a page, so it is not answered from the cache it fills. */
export const RENDER_HEADER = "x-rti-render";

/** The rendered page's headers that every answer repeats; the security headers are made per answer. */
const KEPT_HEADERS = ["content-type", "cache-control", "vary"];

/**
 * A full-page view by someone not signed in (no cookie at all): the same for every such visitor.
 * A client-side navigation (which must get the page's RSC payload, not HTML) is told apart by
 * Next's RSC headers and by the browser's own Sec-Fetch-Dest: a document or a frame is a page
 * view, a fetch is "empty".
 */
export function isCacheablePageRequest(method: string, url: URL, headers: IncomingHttpHeaders): boolean {
  if (method !== "GET" || !PUBLIC_PAGES.test(url.pathname) || url.searchParams.has("_rsc")) return false;
  if (headers.cookie !== undefined || headers[RENDER_HEADER] !== undefined || headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined) return false;
  const dest = headers["sec-fetch-dest"];
  return dest === undefined || dest === "document" || dest === "iframe";
}

/** The nonce of a Content-Security-Policy header. */
export const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

interface KeptPage {
  page: PageTemplate;
  headers: Record<string, string>;
}

/** A rendered page kept when it is a plain success: not a redirect, a 404 or one that sets a cookie. */
async function keepPage(response: Response): Promise<KeptPage | null> {
  const html = response.status === 200 && (response.headers.get("content-type") ?? "").startsWith("text/html") && !response.headers.has("set-cookie");
  if (!html) return null;
  const page = PageTemplate.from(Buffer.from(template(await response.text(), nonceOf(response.headers.get("content-security-policy")))));
  const headers = Object.fromEntries(KEPT_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])));
  // Answers differ by Accept-Encoding as well as by what Next varies them on.
  if (!/accept-encoding/i.test(headers.vary ?? "")) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
  return { page, headers };
}

/** Answers cacheable page views at `port` (this server's) from memory; see the top of the file. */
export function createPageCache(port: number) {
  const megabytes = cacheMegabytes();
  const pages = createAnswerCache(megabytes, keepPage, (kept) => kept.page.byteLength);

  /** Renders the page at `url` through this server, as a visitor at `origin` would see it. */
  const render = (url: URL, origin: URL) =>
    fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, {
      headers: { [RENDER_HEADER]: "1", accept: "text/html", "accept-encoding": "identity", "x-forwarded-host": origin.host, "x-forwarded-proto": origin.protocol.replace(":", "") },
      redirect: "manual",
    });

  /** Answers `req` (at `url`) when it is a cacheable page view and the page is one to keep; false leaves it to Next. */
  return async function answer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    // RTI_API_CACHE_MB=0 turns caching off.
    if (megabytes === 0 || !isCacheablePageRequest(req.method ?? "GET", url, req.headers)) return false;
    const headers = webHeaders(req.headers);
    try {
      const origin = visitorOrigin(headers, url.href);
      const latest = await publishedReleaseRef(getDb());
      const key = [latest?.id ?? "none", origin.origin, url.pathname + url.search, new Date().toISOString().slice(0, 10)].join("\n");
      let missed = false;
      const kept = await pages.keep(key, () => ((missed = true), render(url, origin)));
      if (kept instanceof Response) {
        // A redirect or a 404: Next renders it for this request as usual. (Awaiting the cancel
        // of a body this same process is sending never returns.)
        void kept.body?.cancel().catch(() => {});
        return false;
      }
      const nonce = createNonce();
      const gzip = acceptsGzip(req.headers);
      const parts = gzip ? kept.page.gzipWithNonce(nonce) : kept.page.withNonce(nonce);
      res.writeHead(200, {
        ...kept.headers,
        ...securityHeadersFor({ url: url.href, headers }, nonce),
        "X-RTI-Cache": missed ? "miss" : "hit",
        ...(gzip ? { "Content-Encoding": "gzip" } : {}),
        "Content-Length": parts.reduce((sum, part) => sum + part.length, 0),
      });
      // Corked, the parts go out in one write.
      res.cork();
      for (const part of parts) res.write(part);
      res.end();
      return true;
    } catch (error) {
      // The database away, this server unreachable at its port: the page is rendered as usual.
      console.warn(`[rti] Page cache skipped for ${url.pathname}: ${(error as Error).message}`);
      return false;
    }
  };
}

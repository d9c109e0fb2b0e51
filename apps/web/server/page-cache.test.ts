import { describe, expect, it } from "vitest";
import { acceptsGzip } from "./http";
import { isCacheablePageRequest, nonceOf, RENDER_HEADER } from "./page-cache";

const cacheable = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  isCacheablePageRequest(method, new URL(`http://localhost${path}`), headers);

describe("isCacheablePageRequest", () => {
  it("takes anonymous views of the public pages, from a browser or not", () => {
    for (const path of ["/", "/dyads/rus-usa", "/dyads/rus-usa?range=1y", "/releases", "/releases/3", "/events/0b6f", "/corrections", "/embed/dyads/rus-usa"]) {
      expect(cacheable(path), path).toBe(true);
      expect(cacheable(path, { "sec-fetch-dest": "document" }), path).toBe(true);
    }
    expect(cacheable("/embed/dyads/rus-usa", { "sec-fetch-dest": "iframe" })).toBe(true);
  });

  it("leaves the studio, the API, sign-in, the methodology (it counts drafts) and other addresses alone", () => {
    for (const path of ["/studio", "/studio/events", "/api/v1/dyads", "/api/health", "/sign-in", "/methodology", "/dyads/rus-usa/data", "/feed.xml"]) {
      expect(cacheable(path), path).toBe(false);
    }
  });

  it("leaves alone whoever sends a cookie, a client-side navigation (a fetch), other methods and its own rendering", () => {
    expect(cacheable("/", { cookie: "theme=dark" })).toBe(false);
    expect(cacheable("/", { "sec-fetch-dest": "empty" })).toBe(false);
    expect(cacheable("/", { rsc: "1" })).toBe(false);
    expect(cacheable("/?_rsc=abc")).toBe(false);
    expect(cacheable("/", { [RENDER_HEADER]: "1" })).toBe(false);
    expect(cacheable("/", {}, "HEAD")).toBe(false);
  });
});

describe("nonceOf", () => {
  it("reads the nonce of a policy, or nothing", () => {
    expect(nonceOf("default-src 'self'; script-src 'self' 'nonce-AbC+/9=' 'strict-dynamic'")).toBe("AbC+/9=");
    expect(nonceOf("default-src 'self'")).toBeUndefined();
    expect(nonceOf(null)).toBeUndefined();
  });
});

describe("acceptsGzip", () => {
  it("follows Accept-Encoding and its q-values", () => {
    expect(acceptsGzip({ "accept-encoding": "gzip, deflate, br, zstd" })).toBe(true);
    expect(acceptsGzip({ "accept-encoding": "br;q=1, gzip;q=0.5" })).toBe(true);
    expect(acceptsGzip({ "accept-encoding": "*" })).toBe(true);
    expect(acceptsGzip({ "accept-encoding": "gzip;q=0" })).toBe(false);
    expect(acceptsGzip({ "accept-encoding": "identity" })).toBe(false);
    expect(acceptsGzip({})).toBe(false);
  });
});

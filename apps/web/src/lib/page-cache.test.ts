import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, nonceOf, RENDER_HEADER, template, withNonce } from "./page-cache";

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

describe("isCacheablePageRequest", () => {
  it("takes anonymous views of the public pages, from a browser or not", () => {
    for (const path of ["/", "/dyads/rus-usa", "/dyads/rus-usa?range=1y", "/releases", "/releases/3", "/events/0b6f", "/corrections", "/embed/dyads/rus-usa"]) {
      expect(isCacheablePageRequest(get(path)), path).toBe(true);
      expect(isCacheablePageRequest(get(path, { "sec-fetch-dest": "document" })), path).toBe(true);
    }
    expect(isCacheablePageRequest(get("/embed/dyads/rus-usa", { "sec-fetch-dest": "iframe" }))).toBe(true);
  });

  it("leaves the studio, the API, sign-in, the methodology (it counts drafts) and other addresses alone", () => {
    for (const path of ["/studio", "/studio/events", "/api/v1/dyads", "/api/health", "/sign-in", "/methodology", "/dyads/rus-usa/data", "/feed.xml"]) {
      expect(isCacheablePageRequest(get(path)), path).toBe(false);
    }
  });

  it("leaves alone whoever sends a cookie, a client-side navigation (a fetch), other methods and its own rendering", () => {
    expect(isCacheablePageRequest(get("/", { cookie: "theme=dark" }))).toBe(false);
    expect(isCacheablePageRequest(get("/", { "sec-fetch-dest": "empty" }))).toBe(false);
    expect(isCacheablePageRequest(get("/", { rsc: "1" }))).toBe(false);
    expect(isCacheablePageRequest(get("/?_rsc=abc"))).toBe(false);
    expect(isCacheablePageRequest(get("/", { [RENDER_HEADER]: "1" }))).toBe(false);
    expect(isCacheablePageRequest(new Request("http://localhost/", { method: "HEAD" }))).toBe(false);
  });
});

describe("nonceOf", () => {
  it("reads the nonce of a policy, or nothing", () => {
    expect(nonceOf("default-src 'self'; script-src 'self' 'nonce-AbC+/9=' 'strict-dynamic'")).toBe("AbC+/9=");
    expect(nonceOf("default-src 'self'")).toBeUndefined();
    expect(nonceOf(null)).toBeUndefined();
  });
});

describe("template and withNonce", () => {
  it("give back the rendered page with a new nonce in every place of the old, around characters of any width", () => {
    const html = `<script nonce="Old+/nonce==">a</script><p>Côte d’Ivoire – 東京 🌍</p><link nonce="Old+/nonce=="><i>Old+/nonce==</i>`;
    const kept = Buffer.from(template(html, "Old+/nonce=="));
    expect(kept.includes("Old+/nonce==")).toBe(false);
    expect(Buffer.from(withNonce(kept, "NEW123")).toString()).toBe(html.replaceAll("Old+/nonce==", "NEW123"));
    expect(Buffer.from(withNonce(kept, "other")).toString()).toBe(html.replaceAll("Old+/nonce==", "other"));
  });

  it("keep a page without a nonce as it is", () => {
    const html = "<p>no scripts</p>";
    expect(Buffer.from(withNonce(Buffer.from(template(html, undefined)), "NEW")).toString()).toBe(html);
  });
});

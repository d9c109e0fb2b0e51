import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isEmbedPath, securityHeaders, type SecurityContext } from "./security-headers";

const page: SecurityContext = { pathname: "/dyads/rus-usa", nonce: "abc123==", https: false, development: false };

/** One directive's value, e.g. directive(csp, "script-src") → "'self' 'nonce-…' 'strict-dynamic'". */
function directive(csp: string, name: string): string | undefined {
  return csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);
}

describe("contentSecurityPolicy", () => {
  it("allows scripts only with this response's nonce, never inline ones", () => {
    const scripts = directive(contentSecurityPolicy(page), "script-src");
    expect(scripts).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
  });

  it("adds eval for React's development build only", () => {
    expect(directive(contentSecurityPolicy({ ...page, development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy(page), "script-src")).not.toContain("unsafe-eval");
  });

  it("lets only the embed page be framed", () => {
    expect(directive(contentSecurityPolicy(page), "frame-ancestors")).toBe("'none'");
    expect(directive(contentSecurityPolicy({ ...page, pathname: "/embed/dyads/rus-usa" }), "frame-ancestors")).toBe("*");
    expect(directive(contentSecurityPolicy({ ...page, pathname: "/embed/dyads/rus-usa/other" }), "frame-ancestors")).toBe("'none'");
  });

  it("allows the chart's inline styles and blob/data images for its downloads", () => {
    const csp = contentSecurityPolicy(page);
    expect(directive(csp, "style-src")).toBe("'self' 'unsafe-inline'");
    expect(directive(csp, "img-src")).toBe("'self' data: blob:");
    expect(directive(csp, "object-src")).toBe("'none'");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over TLS", () => {
    expect(securityHeaders(page)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ ...page, https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("forbids sniffing everywhere and framing everywhere but the embed page", () => {
    expect(securityHeaders(page)).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin" });
    const embed = securityHeaders({ ...page, pathname: "/embed/dyads/rus-usa" });
    expect(embed["X-Content-Type-Options"]).toBe("nosniff");
    expect(embed["X-Frame-Options"]).toBeUndefined();
  });
});

describe("isEmbedPath", () => {
  it("matches the embed page only", () => {
    expect(isEmbedPath("/embed/dyads/rus-usa")).toBe(true);
    expect(isEmbedPath("/embed/dyads/rus-usa/")).toBe(true);
    expect(isEmbedPath("/dyads/rus-usa")).toBe(false);
    expect(isEmbedPath("/embed/dyads")).toBe(false);
  });
});

describe("createNonce", () => {
  it("gives a fresh base64 value each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

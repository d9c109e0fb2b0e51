// The REST layer around the procedures: CORS, unknown paths and methods, the body limit, API
// keys, the rate limit's 429, HEAD, and cache headers that stay off tRPC responses.
import { createApiKey, revokeApiKey } from "@rti/auth";
import { getDb } from "@rti/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DomainError } from "../errors";
import { appRouter } from "../root";
import { errorOf, publishRestFixture, REST_BASE, restGet, restHandler } from "../testing/rest";
import { createTestEvent } from "../testing";
import { publishPatiently, testViewer } from "../testing/releases";
import { createRestHandler, MAX_BODY_BYTES, readBody } from "./handler";
import type { Requester } from "./rate-limit";
import { createResponseCache } from "./response-cache";

const db = getDb();
let fixture: Awaited<ReturnType<typeof publishRestFixture>>;
let seriesPath: string;

beforeAll(async () => {
  fixture = await publishRestFixture(db);
  seriesPath = `/dyads/${fixture.dyad.slug}/series?release=${fixture.release.number}`;
});

describe("CORS", () => {
  it("answers a preflight from any origin, allowing the Authorization header", async () => {
    const response = await restHandler(
      new Request(`${REST_BASE}/events`, {
        method: "OPTIONS",
        headers: { Origin: "https://newsroom.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
  });

  it("lets any origin read answers and errors, and their ETag", async () => {
    for (const response of [await restGet(seriesPath), await restGet("/dyads/qqqqq-zzzzz/series")]) {
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    }
  });
});

describe("paths, methods and bodies", () => {
  const handler = restHandler;

  it("is 404, in the one error shape, for a path the API does not have", async () => {
    const response = await restGet("/dyad/rus-usa");
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("openapi.json") });
  });

  it("is 405 with Allow for a method the path does not take", async () => {
    const response = await handler(new Request(`${REST_BASE}/dyads`, { method: "DELETE" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, OPTIONS");
    expect(await errorOf(response)).toMatchObject({ code: "METHOD_NOT_ALLOWED", details: { allow: "GET, OPTIONS" } });
  });

  it("refuses a body over 1 MB with 413, whether declared or streamed", async () => {
    const declared = await handler(
      new Request(`${REST_BASE}/events`, { method: "POST", headers: { "Content-Type": "application/json", "Content-Length": String(MAX_BODY_BYTES + 1) }, body: "{}" }),
    );
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).code).toBe("PAYLOAD_TOO_LARGE");

    const chunk = new Uint8Array(64 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.byteLength) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = new Request(`${REST_BASE}/events`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    await expect(readBody(streamed)).rejects.toMatchObject({ domainCode: "PAYLOAD_TOO_LARGE" });
    expect(await readBody(new Request(`${REST_BASE}/events`, { method: "POST", body: "x".repeat(MAX_BODY_BYTES) }))).toHaveLength(MAX_BODY_BYTES);
  });

  it("answers HEAD like GET, without the body", async () => {
    const response = await handler(new Request(`${REST_BASE}${seriesPath}`, { method: "HEAD" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe((await restGet(seriesPath)).headers.get("etag"));
    expect(await response.text()).toBe("");
  });
});

describe("API keys and the rate limit", () => {
  const limited: Requester[] = [];
  const handler = createRestHandler({
    limit: async (who) => {
      limited.push(who);
    },
    cache: createResponseCache(0),
  });
  const get = (headers: Record<string, string>) => handler(new Request(`${REST_BASE}${seriesPath}`, { headers }));

  it("counts an anonymous request against its address", async () => {
    limited.length = 0;
    expect((await get({ "X-Forwarded-For": "203.0.113.7" })).status).toBe(200);
    expect(limited).toEqual([{ ip: "203.0.113.7", keyId: null }]);
  });

  it("serves a valid key as its owner and counts it against the key; refuses unknown and revoked keys with 401", async () => {
    const owner = await testViewer(db, ["editor"]);
    const key = await createApiKey(db, owner, "pipeline");
    limited.length = 0;
    expect((await get({ Authorization: `Bearer ${key.key}`, "X-Forwarded-For": "203.0.113.8" })).status).toBe(200);
    expect(limited).toEqual([{ ip: "203.0.113.8", keyId: key.id }]);

    await revokeApiKey(db, owner, key.id);
    limited.length = 0;
    for (const authorization of [`Bearer ${key.key}`, "Bearer rti_neverIssuedKey123", "Basic dXNlcjpwYXNz"]) {
      const response = await get({ Authorization: authorization, "X-Forwarded-For": "203.0.113.9" });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await errorOf(response)).code).toBe("UNAUTHENTICATED");
    }
    // Refused keys count against the address, so guessing keys is limited too.
    expect(limited).toEqual(Array(3).fill({ ip: "203.0.113.9", keyId: null }));
  });

  it("turns the limiter's refusal into 429 with Retry-After", async () => {
    const refusing = createRestHandler({
      limit: async () => {
        throw new DomainError("RATE_LIMITED", "Too many requests; try again in 17 s.", { details: { retryAfter: 17 } });
      },
      cache: createResponseCache(0),
    });
    const response = await refusing(new Request(`${REST_BASE}${seriesPath}`));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("17");
    expect(await errorOf(response)).toMatchObject({ code: "RATE_LIMITED", details: { retryAfter: 17 } });
  });
});

describe("cache headers", () => {
  it("stay off tRPC responses, whose batches mix procedures", async () => {
    const log = vi.fn();
    const input = encodeURIComponent(JSON.stringify({ json: { slug: fixture.dyad.slug, release: fixture.release.number } }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/v1.dyads.series?input=${input}`),
      router: appRouter,
      createContext: ({ resHeaders }) => ({ db, viewer: null, resHeaders }),
      onError: log,
    });
    expect(response.status).toBe(200);
    expect(log).not.toHaveBeenCalled();
    expect(response.headers.get("cache-control")).toBeNull();
    expect(response.headers.get("etag")).toBeNull();
  });
});

describe("the cache of finished reads", () => {
  it("answers a repeated read with the same bytes and headers, and a new release afresh", async () => {
    const handler = createRestHandler({ limit: async () => {}, cache: createResponseCache() });
    const path = `/dyads/${fixture.dyad.slug}/series`;
    const first = await handler(new Request(`${REST_BASE}${path}`));
    const again = await handler(new Request(`${REST_BASE}${path}`));
    expect(await again.text()).toBe(await first.text());
    expect([...again.headers]).toEqual([...first.headers]);
    expect((await handler(new Request(`${REST_BASE}${path}`, { headers: { "If-None-Match": first.headers.get("etag")! } }))).status).toBe(304);

    await createTestEvent(db, { author: fixture.editor, dyad: fixture.dyad, state: "approved", fields: { date: fixture.day(-2), code: "190", title: "Late strike" } });
    const release = await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: fixture.asOf, methodologyVersion: 1, notes: "After the cached read." });
    const after = await handler(new Request(`${REST_BASE}${path}`));
    expect(after.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(((await after.json()) as { release: { number: number } }).release.number).toBeGreaterThanOrEqual(release.number!);
  });
});

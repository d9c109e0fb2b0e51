// The REST API's rate limits against the real stores: the run's PostgreSQL database (the
// rate_limit table of the migrations) and, when TEST_REDIS_URL is set (CI sets it), Redis.
import { randomUUID } from "node:crypto";
import { databaseUrl } from "@rti/db";
import { afterEach, describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { clientIp, createRateLimiter, rateLimitSettings, type RateLimiter, type RateLimitSettings } from "./rate-limit";

const opened: RateLimiter[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

/** A limiter as one web server would make it; several made with the same store share counts. */
function server(settings: RateLimitSettings): RateLimiter {
  const limiter = createRateLimiter(settings, databaseUrl());
  opened.push(limiter);
  return limiter;
}

/** An address no other test uses, so counts never mix. */
const freshIp = () => `client-${randomUUID()}`;

async function refusal(promise: Promise<void>): Promise<DomainError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

const stores: [string, string | null][] = [
  ["PostgreSQL", null],
  ["Redis", process.env.TEST_REDIS_URL ?? null],
];

describe.each(stores)("rate limits in %s", (store, redisUrl) => {
  const skip = store === "Redis" && !redisUrl;
  const settings = (anonPerMinute: number, keyPerMinute: number): RateLimitSettings => ({ anonPerMinute, keyPerMinute, redisUrl });

  it.skipIf(skip)("refuses an address past its limit, with the seconds until its minute ends", async () => {
    const limiter = server(settings(3, 100));
    const ip = freshIp();
    for (let i = 0; i < 3; i++) await limiter.limit({ ip, keyId: null });
    const error = await refusal(limiter.limit({ ip, keyId: null }));
    expect(error.domainCode).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/3 requests a minute/);
    const retryAfter = error.details?.retryAfter;
    expect(typeof retryAfter).toBe("number");
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another address is not affected.
    await limiter.limit({ ip: freshIp(), keyId: null });
  });

  it.skipIf(skip)("counts a key on its own, more generous limit, whatever the address", async () => {
    const limiter = server(settings(1, 4));
    const ip = freshIp();
    const keyId = randomUUID();
    await limiter.limit({ ip, keyId: null });
    for (let i = 0; i < 4; i++) await limiter.limit({ ip: freshIp(), keyId });
    expect((await refusal(limiter.limit({ ip, keyId }))).message).toMatch(/API key may make 4 requests a minute/);
    expect((await refusal(limiter.limit({ ip, keyId: null }))).domainCode).toBe("RATE_LIMITED");
    // A different key has its own count.
    await limiter.limit({ ip, keyId: randomUUID() });
  });

  it.skipIf(skip)("shares the count between two servers", async () => {
    const [a, b] = [server(settings(4, 100)), server(settings(4, 100))];
    const ip = freshIp();
    await a.limit({ ip, keyId: null });
    await b.limit({ ip, keyId: null });
    await a.limit({ ip, keyId: null });
    await b.limit({ ip, keyId: null });
    // Four requests in all: each server refuses the fifth although it saw only two.
    expect((await refusal(b.limit({ ip, keyId: null }))).domainCode).toBe("RATE_LIMITED");
    expect((await refusal(a.limit({ ip, keyId: null }))).domainCode).toBe("RATE_LIMITED");
  });
});

describe("rate limit settings", () => {
  it("defaults to 60 anonymous and 600 keyed requests a minute in PostgreSQL", () => {
    expect(rateLimitSettings({})).toEqual({ anonPerMinute: 60, keyPerMinute: 600, redisUrl: null });
  });

  it("reads the environment and refuses a limit that is not a whole number above 0", () => {
    expect(rateLimitSettings({ RTI_API_ANON_LIMIT: "5", RTI_API_KEY_LIMIT: "50", REDIS_URL: "redis://127.0.0.1:6379" })).toEqual({
      anonPerMinute: 5,
      keyPerMinute: 50,
      redisUrl: "redis://127.0.0.1:6379",
    });
    expect(() => rateLimitSettings({ RTI_API_ANON_LIMIT: "0" })).toThrow(/RTI_API_ANON_LIMIT must be a whole number .*"0"/);
    expect(() => rateLimitSettings({ RTI_API_KEY_LIMIT: "lots" })).toThrow(/RTI_API_KEY_LIMIT/);
    expect(() => rateLimitSettings({ REDIS_URL: "127.0.0.1:6379" })).toThrow(/REDIS_URL must look like redis:\/\/host:6379/);
  });
});

describe("the client's address", () => {
  it("is the last X-Forwarded-For entry (the nearest proxy's), else X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "10.9.9.9, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientIp(new Headers())).toBeNull();
  });
});

// Rate limits of the REST API: anonymous requests per client address, requests with an API key
// per key, counted per minute in a store that every web server shares — PostgreSQL's
// `rate_limit` table (made by a migration, never at run time) or Redis when REDIS_URL is set.
import { ConfigError, databaseUrl } from "@rti/db";
import { Redis } from "ioredis";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { DomainError } from "../errors";

export interface RateLimitSettings {
  anonPerMinute: number;
  keyPerMinute: number;
  /** Redis instead of PostgreSQL when set. */
  redisUrl: string | null;
}

/** Who is asking: an API key's id, or else the client's address (null when unknown). */
export interface Requester {
  ip: string | null;
  keyId: string | null;
}

export interface RateLimiter {
  /** Counts one request; throws DomainError RATE_LIMITED, with `details.retryAfter` in seconds, past the limit. */
  limit(who: Requester): Promise<void>;
  /** Closes the store's connections (tests, shutdown). */
  close(): Promise<void>;
}

function perMinute(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name} must be a whole number of requests per minute, 1 or more (got "${raw}").`);
  return n;
}

/** The limits from RTI_API_ANON_LIMIT, RTI_API_KEY_LIMIT and REDIS_URL; a bad value is a ConfigError. */
export function rateLimitSettings(env: Record<string, string | undefined> = process.env): RateLimitSettings {
  const redisUrl = env.REDIS_URL || null;
  if (redisUrl && !/^rediss?:\/\/./.test(redisUrl)) throw new ConfigError(`REDIS_URL must look like redis://host:6379 (got "${redisUrl}").`);
  return {
    anonPerMinute: perMinute(env, "RTI_API_ANON_LIMIT", 60),
    keyPerMinute: perMinute(env, "RTI_API_KEY_LIMIT", 600),
    redisUrl,
  };
}

export function createRateLimiter(settings: RateLimitSettings, postgresUrl: string): RateLimiter {
  let closeStore: () => Promise<unknown>;
  let make: (keyPrefix: string, points: number) => RateLimiterAbstract;
  if (settings.redisUrl) {
    // One retry, then the request falls back to a per-process count rather than waiting on Redis.
    const redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 1 });
    redis.on("error", (error: Error) => console.warn(`[rti] Redis for rate limits at ${settings.redisUrl}: ${error.message}`));
    closeStore = () => redis.quit();
    make = (keyPrefix, points) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: 60, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: 60 }) });
  } else {
    const pool = new pg.Pool({ connectionString: postgresUrl, max: 5 });
    // An idle connection the database dropped (a restart) is already out of the pool; unheard,
    // its error would be an uncaught exception.
    pool.on("error", (error) => console.warn(`[rti] A rate-limit connection closed while idle (${error.message}); the next request opens a new one.`));
    closeStore = () => pool.end();
    // The library names its prepared statements; the embedded PGlite serves every connection
    // from one session, where a second connection preparing the same name fails. Unnamed
    // statements work on both.
    const unnamed = { query: (q: { text: string; values?: unknown[] }) => pool.query({ text: q.text, values: q.values }) };
    make = (keyPrefix, points) =>
      new RateLimiterPostgres({
        storeClient: unnamed,
        storeType: "client",
        tableName: "rate_limit",
        tableCreated: true,
        keyPrefix,
        points,
        duration: 60,
        // A client over its limit is refused from memory until its minute ends, so a flood
        // costs this server no more queries.
        inMemoryBlockOnConsumed: points + 1,
      });
  }
  const anonymous = make("rti-anon", settings.anonPerMinute);
  const keyed = make("rti-key", settings.keyPerMinute);

  return {
    async limit({ ip, keyId }) {
      const [limiter, key] = keyId ? [keyed, keyId] : [anonymous, ip ?? "unknown"];
      try {
        await limiter.consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        const allowance = keyId
          ? `An API key may make ${settings.keyPerMinute} requests a minute`
          : `Without an API key, one address may make ${settings.anonPerMinute} requests a minute`;
        throw new DomainError("RATE_LIMITED", `Too many requests. ${allowance}; try again in ${retryAfter} s.`, { details: { retryAfter } });
      }
    },
    close: async () => {
      await closeStore();
    },
  };
}

// One limiter per process, kept across Next's development reloads like the Prisma client.
const globalForRateLimit = globalThis as unknown as { rtiRateLimiter?: RateLimiter };

/** Counts one REST request against the process-wide limiter (settings from the environment). */
export function rateLimit(who: Requester): Promise<void> {
  globalForRateLimit.rtiRateLimiter ??= createRateLimiter(rateLimitSettings(), databaseUrl());
  return globalForRateLimit.rtiRateLimiter.limit(who);
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (Next sets
 * the header to the socket's address when no proxy did; a proxy appends to it, so earlier
 * entries are whatever the client claimed).
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}

// Finished answers of reads that depend only on a published release and their address
// (caching.ts), kept in memory. Such an answer never changes, so after the first request the
// only work left is sending its bytes: the database, the procedure and the serialising are
// skipped. Entries are keyed by the latest release as well, so publishing starts afresh.
import { ConfigError } from "@rti/db";
import { LRUCache } from "lru-cache";

/** An answer as kept: its bytes, ready to be sent again. */
export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

/** Enough for every series of 200 dyads × 10 years as JSON and CSV (~180 MB) with room to spare. */
const DEFAULT_MEGABYTES = 256;

/** RTI_API_CACHE_MB: memory for cached answers, per web server; 0 turns the cache off. A bad value is a ConfigError. */
export function cacheMegabytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RTI_API_CACHE_MB;
  if (raw === undefined || raw === "") return DEFAULT_MEGABYTES;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new ConfigError(`RTI_API_CACHE_MB must be a number of megabytes, 0 or more (got "${raw}").`);
  return n;
}

/** Only public, successful answers are kept (caching.ts gives exactly those `public`). */
const publicAnswer = (response: Response) => response.status === 200 && (response.headers.get("cache-control") ?? "").startsWith("public");

const replay = (s: StoredResponse) => new Response(s.body, { status: s.status, headers: s.headers });

/**
 * Answers kept in memory by key, in whatever form `keepAs` gives them (null: not kept, and the
 * answer goes back as it is). Bounded by `megabytes` as `sizeOf` counts; 0 keeps nothing.
 */
export function createAnswerCache<T>(megabytes: number, keepAs: (response: Response) => Promise<T | null>, sizeOf: (kept: T) => number) {
  const entries = megabytes > 0 ? new LRUCache<string, T & object>({ maxSize: megabytes * 2 ** 20, sizeCalculation: (kept) => sizeOf(kept) + 512 }) : null;
  // Concurrent first requests for one address wait for one answer instead of each making it.
  const pending = new Map<string, Promise<T | null>>();

  /** The kept answer for `key`, or `produce`'s: kept (and returned as kept) when `keepAs` takes it, otherwise returned as it is. */
  async function keep(key: string, produce: () => Promise<Response>): Promise<T | Response> {
    if (!entries) return produce();
    const hit = entries.get(key);
    if (hit) return hit;
    const inFlight = pending.get(key);
    if (inFlight) {
      // The first request's answer when it was kept; otherwise (private, an error, a failure) this request's own.
      const kept = await inFlight.catch(() => null);
      return kept ?? produce();
    }
    let answer!: Response;
    const made = produce().then(async (response) => {
      answer = response;
      const kept = await keepAs(response);
      if (kept !== null) entries.set(key, kept as T & object);
      return kept;
    });
    pending.set(key, made);
    try {
      return (await made) ?? answer;
    } finally {
      pending.delete(key);
    }
  }

  return { keep, clear: () => entries?.clear() };
}

/** `cacheable` says which answers are kept (by default the API's public ones). */
export function createResponseCache(megabytes = cacheMegabytes(), cacheable: (response: Response) => boolean = publicAnswer) {
  const toStored = async (response: Response): Promise<StoredResponse | null> =>
    cacheable(response) ? { status: response.status, headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()) } : null;
  const answers = createAnswerCache(megabytes, toStored, (stored) => stored.body.byteLength);
  return {
    ...answers,
    /** The cached answer for `key`, or `produce`'s, kept when it is cacheable. */
    async read(key: string, produce: () => Promise<Response>): Promise<Response> {
      const answer = await answers.keep(key, produce);
      return answer instanceof Response ? answer : replay(answer);
    },
  };
}

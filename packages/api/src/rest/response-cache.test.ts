// The in-memory cache of finished public reads: kept, shared, bounded, and never holding what
// is private or failed.
import { describe, expect, it } from "vitest";
import { cacheMegabytes, createResponseCache } from "./response-cache";

const answer = (body: string, cacheControl = "public, max-age=60", status = 200) =>
  new Response(body, { status, headers: { "Cache-Control": cacheControl, ETag: `"${body.length}"` } });

function counted(make: () => Response) {
  const calls = { n: 0 };
  return { calls, produce: async () => (calls.n++, make()) };
}

describe("createResponseCache", () => {
  it("makes a public answer once, then replays its bytes and headers", async () => {
    const cache = createResponseCache(1);
    const { calls, produce } = counted(() => answer("series"));
    const first = await cache.read("k", produce);
    const second = await cache.read("k", produce);
    expect(calls.n).toBe(1);
    expect(await second.text()).toBe("series");
    expect(await first.text()).toBe("series");
    expect(second.headers.get("etag")).toBe('"6"');
  });

  it("lets concurrent first requests share one answer", async () => {
    const cache = createResponseCache(1);
    const { calls, produce } = counted(() => answer("shared"));
    const bodies = await Promise.all(Array.from({ length: 5 }, () => cache.read("k", produce).then((r) => r.text())));
    expect(bodies).toEqual(Array(5).fill("shared"));
    expect(calls.n).toBe(1);
  });

  it("never keeps a private answer or an error", async () => {
    const cache = createResponseCache(1);
    for (const make of [() => answer("draft", "private, no-store"), () => answer("missing", "public, max-age=60", 404)]) {
      const { calls, produce } = counted(make);
      await cache.read(`k-${make().status}`, produce);
      await cache.read(`k-${make().status}`, produce);
      expect(calls.n).toBe(2);
    }
  });

  it("stays within its size, dropping the least recently used", async () => {
    const cache = createResponseCache(1); // 1 MB
    const big = "x".repeat(400 * 1024);
    const produced: string[] = [];
    const read = (key: string) => cache.read(key, async () => (produced.push(key), answer(big)));
    for (const key of ["a", "b", "a", "c", "a", "b"]) await read(key);
    // a, b kept; c pushes out b (least recently used); a stays; b is made again.
    expect(produced).toEqual(["a", "b", "c", "b"]);
  });

  it("is off with RTI_API_CACHE_MB=0, 256 MB by default, and refuses a size that is not one", async () => {
    expect(cacheMegabytes({})).toBe(256);
    expect(cacheMegabytes({ RTI_API_CACHE_MB: "0" })).toBe(0);
    expect(() => cacheMegabytes({ RTI_API_CACHE_MB: "lots" })).toThrow(/RTI_API_CACHE_MB/);
    const cache = createResponseCache(0);
    const { calls, produce } = counted(() => answer("uncached"));
    await cache.read("k", produce);
    await cache.read("k", produce);
    expect(calls.n).toBe(2);
  });
});

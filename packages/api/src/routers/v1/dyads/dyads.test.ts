// GET /dyads, /dyads/{slug}/series and /dyads/{slug}/explain through the REST handler, read with
// the client generated from the OpenAPI document, checked against the tRPC procedures and the
// database.
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../../root";
import { errorOf, publishRestFixture, refusedParameters, restClient, restGet } from "../../../testing/rest";
import { publishPatiently, testViewer } from "../../../testing/releases";
import { createCallerFactory } from "../../../trpc";

const db = getDb();
const visitor = createCallerFactory(appRouter)({ db, viewer: null });
const api = restClient();
let fixture: Awaited<ReturnType<typeof publishRestFixture>>;

beforeAll(async () => {
  fixture = await publishRestFixture(db);
});

/** A CSV body as rows of named cells. */
function parseCsv(text: string) {
  const [header, ...lines] = text.trimEnd().split("\n");
  const columns = header!.split(",");
  return { columns, rows: lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [columns[i]!, cell]))) };
}

describe("GET /dyads/{slug}/series", () => {
  it("has the contract's shape, with the stored points of the release and its methodology", async () => {
    const { data, response } = await api.GET("/dyads/{slug}/series", { params: { path: { slug: fixture.dyad.slug }, query: { release: fixture.release.number } } });
    expect(response.status).toBe(200);
    const trpc = await visitor.release.series({ dyad: fixture.dyad.slug, release: fixture.release.number });
    expect(data).toEqual({
      dyad: fixture.dyad.slug,
      release: { number: fixture.release.number, publishedAt: trpc.release.publishedAt },
      methodology: { version: 1, halfLifeDays: trpc.methodology.halfLifeDays, scale: trpc.methodology.scale },
      points: trpc.points.map(({ date, value, pressure, conflict, cooperation, events }) => ({ date, value, pressure, conflict, cooperation, events })),
    });
    expect(data!.points[0]!.date).toBe(fixture.day(-60));
    expect(data!.points.at(-1)!.date).toBe(fixture.asOf);
  });

  it("gives the same points as CSV, one row a day, every number read back exactly", async () => {
    const query = `release=${fixture.release.number}&from=${fixture.day(-35)}&to=${fixture.day(-5)}`;
    const json = (await (await restGet(`/dyads/${fixture.dyad.slug}/series?${query}`)).json()) as { points: Record<string, number | string>[] };
    const response = await restGet(`/dyads/${fixture.dyad.slug}/series?${query}&format=csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csv = parseCsv(await response.text());
    expect(csv.columns).toEqual(["date", "value", "pressure", "conflict", "cooperation", "events"]);
    expect(csv.rows).toHaveLength(31);
    expect(csv.rows.map((row) => ({ ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === "date" ? v : Number(v)])) }))).toEqual(json.points);
    // Both carry the days that had events.
    expect(csv.rows.find((r) => r.date === fixture.day(-30))!.events).toBe("2");
  });

  it("is cached for good when pinned to a release, and answers a matching If-None-Match with 304", async () => {
    const path = `/dyads/${fixture.dyad.slug}/series?release=${fixture.release.number}`;
    const first = await restGet(path);
    expect(first.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await restGet(path, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // Another address (another range, or CSV) is another response with its own ETag.
    const csv = await restGet(`${path}&format=csv`, { "If-None-Match": etag });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("etag")).not.toBe(etag);
    expect((await restGet(`${path}&from=${fixture.day(-3)}`, { "If-None-Match": etag })).status).toBe(200);
  });

  it("is re-checked after a minute when it follows the latest release, and its ETag changes with a new release", async () => {
    const path = `/dyads/${fixture.dyad.slug}/series`;
    // Other test files publish too: retry until no release landed between the two requests.
    let checked = false;
    for (let attempt = 0; attempt < 5 && !checked; attempt++) {
      const before = (await visitor.release.latest())!.number;
      const first = await restGet(path);
      const again = await restGet(path, { "If-None-Match": first.headers.get("etag")! });
      if ((await visitor.release.latest())!.number !== before) continue;
      expect(first.headers.get("cache-control")).toBe("public, max-age=60");
      expect(again.status).toBe(304);
      checked = true;
    }
    expect(checked).toBe(true);

    const stale = (await restGet(path)).headers.get("etag")!;
    await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: fixture.asOf, methodologyVersion: 1, notes: "A newer release." });
    const fresh = await restGet(path, { "If-None-Match": stale });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).not.toBe(stale);
  });

  it("takes the dyad's actors in either order and in capitals", async () => {
    const [a, b] = fixture.dyad.slug.split("-");
    const { data } = await api.GET("/dyads/{slug}/series", { params: { path: { slug: `${b}-${a}`.toUpperCase() }, query: { release: fixture.release.number } } });
    expect(data!.dyad).toBe(fixture.dyad.slug);
  });

  it("refuses bad parameters with 400, naming each", async () => {
    const base = `/dyads/${fixture.dyad.slug}/series`;
    for (const [query, parameter] of [
      ["release=abc", "release"],
      ["release=0", "release"],
      ["from=2024-02-30", "from"],
      ["to=01.02.2024", "to"],
      ["from=2024-03-01&to=2024-02-01", "to"],
      ["format=xml", "format"],
    ] as const) {
      const response = await restGet(`${base}?${query}`);
      expect(response.status, query).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("INVALID_INPUT");
      expect(refusedParameters(error), query).toEqual([parameter]);
      expect(error.message).toContain(`${parameter}:`);
    }
    expect(refusedParameters(await errorOf(await restGet("/dyads/not_a_slug/series")))).toEqual(["slug"]);
  });

  it("is 404 for an unknown dyad or release", async () => {
    const unknownDyad = await restGet("/dyads/qqqqq-zzzzz/series");
    expect(unknownDyad.status).toBe(404);
    expect(await errorOf(unknownDyad)).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("qqqqq-zzzzz") });
    const newest = (await db.release.aggregate({ _max: { number: true } }))._max.number!;
    const unknownRelease = await restGet(`/dyads/${fixture.dyad.slug}/series?release=${newest + 1000}`);
    expect(unknownRelease.status).toBe(404);
    expect((await errorOf(unknownRelease)).message).toContain(`R${newest + 1000}`);
  });
});

describe("GET /dyads", () => {
  it("lists the release's dyads as its summary rows have them", async () => {
    const { data, response } = await api.GET("/dyads", { params: { query: { release: fixture.release.number } } });
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const row = await db.releaseDyad.findFirstOrThrow({ where: { releaseId: fixture.release.id, dyad: { slug: fixture.dyad.slug } } });
    expect(data!.release.number).toBe(fixture.release.number);
    expect(data!.nextCursor).toBeNull();
    expect(data!.data.find((d) => d.slug === fixture.dyad.slug)).toEqual({
      slug: fixture.dyad.slug,
      actorA: { code: fixture.dyad.a.code, name: fixture.dyad.a.name },
      actorB: { code: fixture.dyad.b.code, name: fixture.dyad.b.name },
      value: row.value,
      band: expect.any(String),
      change7: row.change7,
      change30: row.change30,
      eventCount: 4,
    });
    const values = data!.data.map((d) => d.value);
    expect(values).toEqual([...values].sort((x, y) => y - x));
  });
});

describe("GET /dyads/{slug}/explain", () => {
  it("gives the tRPC procedure's explanation of the day", async () => {
    const date = fixture.day(-20);
    const { data } = await api.GET("/dyads/{slug}/explain", { params: { path: { slug: fixture.dyad.slug }, query: { date, release: fixture.release.number } } });
    expect(data).toEqual(await visitor.release.explain({ dyad: fixture.dyad.slug, release: fixture.release.number, date }));
    expect(data!.contributions.map((c) => c.event.title).sort()).toEqual(["Shelling", "Strike", "Talks"]);
  });

  it("refuses a day outside the series, naming date", async () => {
    const response = await restGet(`/dyads/${fixture.dyad.slug}/explain?date=${fixture.day(-61)}&release=${fixture.release.number}`);
    expect(response.status).toBe(400);
    expect(refusedParameters(await errorOf(response))).toEqual(["date"]);
    expect(refusedParameters(await errorOf(await restGet(`/dyads/${fixture.dyad.slug}/explain`)))).toEqual(["date"]);
  });
});

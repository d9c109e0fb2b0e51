// GET /events (a release's events, a page at a time) and GET /events/{id}, through the REST
// handler and the client generated from the OpenAPI document.
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import { retractEvent } from "../../../domain/events/workflow";
import { createTestEvent } from "../../../testing";
import { errorOf, publishRestFixture, refusedParameters, restClient, restGet } from "../../../testing/rest";
import { publishPatiently, testViewer } from "../../../testing/releases";

const db = getDb();
const api = restClient();
let fixture: Awaited<ReturnType<typeof publishRestFixture>>;
/** The fixture's events as a release lists them: by day, then id. */
let inOrder: string[];

beforeAll(async () => {
  fixture = await publishRestFixture(db);
  const rows = await db.eventRevision.findMany({ where: { eventId: { in: fixture.events.map((e) => e.id) } }, select: { eventId: true, date: true } });
  inOrder = rows.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.eventId < b.eventId ? -1 : 1)).map((r) => r.eventId);
});

const listEvents = (query: { dyad?: string; release?: number; cursor?: string; limit?: number; code?: string; from?: string; to?: string }) =>
  api.GET("/events", { params: { query } });

describe("GET /events", () => {
  it("pages through a release's events with the cursor, each once, in order", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { data } = await listEvents({ dyad: fixture.dyad.slug, release: fixture.release.number, limit: 3, cursor });
      seen.push(...data!.data.map((e) => e.id));
      cursor = data!.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual(inOrder);
  });

  it("keeps to the first page's release when events are approved and a release published between pages", async () => {
    const first = await listEvents({ dyad: fixture.dyad.slug, limit: 2 });
    const release = first.data!.release.number;
    expect(first.data!.data.map((e) => e.id)).toEqual(inOrder.slice(0, 2));

    // New events before, between and after the pages so far, then a release that includes them.
    for (const date of [fixture.day(-70), fixture.day(-45), fixture.day(-1)]) {
      await createTestEvent(db, { author: fixture.editor, dyad: fixture.dyad, state: "approved", fields: { date, code: "043", title: "Late" } });
    }
    await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: fixture.asOf, methodologyVersion: 1, notes: "Between pages." });

    const rest: string[] = [];
    let cursor = first.data!.nextCursor ?? undefined;
    while (cursor) {
      const { data } = await listEvents({ dyad: fixture.dyad.slug, limit: 2, cursor });
      expect(data!.release.number).toBe(release);
      rest.push(...data!.data.map((e) => e.id));
      cursor = data!.nextCursor ?? undefined;
    }
    expect([...first.data!.data.map((e) => e.id), ...rest]).toEqual(inOrder);
    // A fresh walk reads the new release, which has them.
    expect((await listEvents({ dyad: fixture.dyad.slug, limit: 500 })).data!.data).toHaveLength(7);
  });

  it("filters by CAMEO code (or its first digits) and by days", async () => {
    const titles = async (query: Parameters<typeof listEvents>[0]) =>
      (await listEvents({ dyad: fixture.dyad.slug, release: fixture.release.number, ...query })).data!.data.map((e) => e.title).sort();
    expect(await titles({ code: "19" })).toEqual(["Shelling", "Strike"]);
    expect(await titles({ code: "190" })).toEqual(["Strike"]);
    expect(await titles({ from: fixture.day(-30), to: fixture.day(-10) })).toEqual(["Aid", "Shelling", "Strike"]);
    expect(await titles({ to: fixture.day(-31) })).toEqual(["Talks"]);
  });

  it("refuses bad parameters with 400, naming each, and a cursor from another release", async () => {
    for (const [query, parameter] of [
      ["limit=0", "limit"],
      ["limit=501", "limit"],
      ["limit=many", "limit"],
      ["cursor=not-a-cursor", "cursor"],
      ["code=abc", "code"],
      ["dyad=x", "dyad"],
      ["from=2024-05-02&to=2024-05-01", "to"],
    ] as const) {
      const response = await restGet(`/events?${query}`);
      expect(response.status, query).toBe(400);
      expect(refusedParameters(await errorOf(response)), query).toEqual([parameter]);
    }
    const { data } = await listEvents({ dyad: fixture.dyad.slug, release: fixture.release.number, limit: 1 });
    const elsewhere = await restGet(`/events?release=${fixture.release.number + 1}&cursor=${data!.nextCursor}`);
    expect(elsewhere.status).toBe(400);
    expect(refusedParameters(await errorOf(elsewhere))).toEqual(["cursor"]);
  });

  it("is 404 for an unknown dyad or release", async () => {
    expect((await restGet("/events?dyad=qqqqq-zzzzz")).status).toBe(404);
    expect((await restGet("/events?release=999999")).status).toBe(404);
  });
});

describe("GET /events/{id}", () => {
  it("gives the contract's Event, as the release included it", async () => {
    const strike = fixture.events[1]!;
    const row = await db.event.findUniqueOrThrow({ where: { id: strike.id }, include: { revisions: true } });
    const { data, response } = await api.GET("/events/{id}", { params: { path: { id: strike.id } } });
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(data).toEqual({
      id: strike.id,
      revision: 1,
      status: "approved",
      source: fixture.dyad.a.code,
      target: fixture.dyad.b.code,
      dyad: fixture.dyad.slug,
      date: fixture.day(-30),
      datePrecision: "day",
      code: "190",
      intensity: -9,
      intensityReason: "Heavier than the code's usual weight.",
      weight: 1,
      title: "Strike",
      summary: "A strike on a depot.",
      sources: [{ url: "https://example.org/strike", publisher: "Example Wire", publishedAt: fixture.day(-29), quote: "The depot was struck." }],
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.revisions[0]!.createdAt.toISOString(),
    });
    // Fields the event does not have are left out, not null.
    const talks = await api.GET("/events/{id}", { params: { path: { id: fixture.events[0]!.id } } });
    expect(Object.keys(talks.data!)).not.toContain("summary");
    expect(Object.keys(talks.data!.sources[0]!)).toEqual(["url", "publisher"]);
  });

  it("says retracted once a later release retracted it", async () => {
    const aid = fixture.events[3]!;
    await retractEvent(db, await testViewer(db, ["reviewer"]), { id: aid.id, baseRevision: 1, reason: "Misreported." });
    await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: fixture.asOf, methodologyVersion: 1, notes: "Retracts the aid." });
    const { data } = await api.GET("/events/{id}", { params: { path: { id: aid.id } } });
    expect(data).toMatchObject({ id: aid.id, revision: 1, status: "retracted", title: "Aid" });
  });

  it("is 404 for an event no published release includes, and 400 for an id that is not a UUID", async () => {
    const { event: draft } = await createTestEvent(db, { author: fixture.editor, dyad: fixture.dyad });
    const unpublished = await restGet(`/events/${draft.id}`);
    expect(unpublished.status).toBe(404);
    expect((await errorOf(unpublished)).code).toBe("NOT_FOUND");
    const malformed = await restGet("/events/42");
    expect(malformed.status).toBe(400);
    expect(refusedParameters(await errorOf(malformed))).toEqual(["id"]);
  });
});

// GET /releases, /releases/latest, /releases/{number} and /methodology/{version}, through the
// REST handler and the client generated from the OpenAPI document.
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../../root";
import { errorOf, publishRestFixture, refusedParameters, restClient, restGet } from "../../../testing/rest";
import { createCallerFactory } from "../../../trpc";

const db = getDb();
const visitor = createCallerFactory(appRouter)({ db, viewer: null });
const api = restClient();
let fixture: Awaited<ReturnType<typeof publishRestFixture>>;

beforeAll(async () => {
  fixture = await publishRestFixture(db);
});

describe("GET /releases/{number}", () => {
  it("is the release with its changelog, cached for good", async () => {
    const { data, response } = await api.GET("/releases/{number}", { params: { path: { number: fixture.release.number } } });
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(data).toEqual(await visitor.release.get({ number: fixture.release.number }));
    // Other test files' events approved meanwhile may land in the same release.
    expect(data!.changelog.added.map((e) => e.eventId)).toEqual(expect.arrayContaining(fixture.events.map((e) => e.id)));
    const again = await restGet(`/releases/${fixture.release.number}`, { "If-None-Match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("is 404 for a number never published and 400 for one that is not a number", async () => {
    const newest = (await db.release.aggregate({ _max: { number: true } }))._max.number!;
    const missing = await restGet(`/releases/${newest + 1000}`);
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toContain(`R${newest + 1000}`);
    const malformed = await restGet("/releases/R3");
    expect(malformed.status).toBe(400);
    expect(refusedParameters(await errorOf(malformed))).toEqual(["number"]);
  });
});

describe("GET /releases/latest and /releases", () => {
  it("/releases/latest is the newest published release (not taken for a number)", async () => {
    // Other test files publish meanwhile (never unpublish): it is the newest at some moment between.
    const before = (await visitor.release.latest())!.number!;
    const { data, response } = await api.GET("/releases/latest");
    const after = (await visitor.release.latest())!.number!;
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(data!.number).toBeGreaterThanOrEqual(before);
    expect(data!.number).toBeLessThanOrEqual(after);
    expect(data).toEqual(await visitor.release.get({ number: data!.number! }));
  });

  it("/releases lists published releases newest first, without changelogs", async () => {
    const { data } = await api.GET("/releases");
    const numbers = data!.data.map((r) => r.number!);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const ours = data!.data.find((r) => r.id === fixture.release.id)!;
    const { changelog: _, ...summary } = await visitor.release.get({ number: fixture.release.number });
    expect(ours).toEqual(summary);
    expect(ours).toMatchObject({ status: "published", asOf: fixture.asOf, notes: "REST test release." });
    expect(data!.nextCursor).toBeNull();
  });
});

describe("GET /methodology/{version}", () => {
  it("is the version's parameters, as the tRPC list has them", async () => {
    const { data } = await api.GET("/methodology/{version}", { params: { path: { version: 1 } } });
    expect(data).toEqual((await visitor.methodology.list()).find((m) => m.version === 1));
    expect(data!.name).toBe("RTI-1");
  });

  it("is 404 for an unknown version and 400 for one that is not a whole number", async () => {
    const missing = await restGet("/methodology/9999");
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("NOT_FOUND");
    expect(refusedParameters(await errorOf(await restGet("/methodology/RTI-1")))).toEqual(["version"]);
  });
});

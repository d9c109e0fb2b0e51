// Drafting and publishing releases over REST, under a publisher's API key. Other test files
// publish at the same time, so a publish may find its draft overtaken (409) and draft again.
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestEvent } from "../../../testing";
import { errorOf, refusedParameters, restCaller, restGet } from "../../../testing/rest";
import { today } from "../../../testing/releases";

const db = getDb();
type Caller = Awaited<ReturnType<typeof restCaller>>;
let publisher: Caller;

beforeAll(async () => {
  publisher = await restCaller(db, ["publisher"]);
});

const draftRelease = (notes: string) => publisher.client.POST("/releases", { body: { asOf: today(), methodologyVersion: 1, notes } });

describe("POST /releases and POST /releases/{id}/publish", () => {
  it("drafts a release without a number, then publishes it as the next one, including the approved events", async () => {
    const { event } = await createTestEvent(db, { state: "approved", fields: { date: today() } });
    for (let attempt = 1; ; attempt++) {
      const draft = await draftRelease("Over REST.");
      expect(draft.response.status).toBe(201);
      expect(draft.data).toMatchObject({ number: null, status: "draft", asOf: today(), notes: "Over REST.", publishedAt: null, publishedBy: null });
      expect(draft.data!.changelog.added.map((e) => e.eventId)).toContain(event.id);
      expect(((await (await restGet("/releases/latest")).json()) as { id: string }).id).not.toBe(draft.data!.id);

      const latest = (await db.release.aggregate({ where: { status: "published" }, _max: { number: true } }))._max.number ?? 0;
      const published = await publisher.client.POST("/releases/{id}/publish", { params: { path: { id: draft.data!.id } } });
      if (published.response.status === 409 && attempt < 40) continue; // another file published in between
      expect(published.response.status).toBe(200);
      expect(published.data).toMatchObject({ id: draft.data!.id, status: "published", number: latest + 1, publishedBy: publisher.viewer.name });

      const again = await publisher.client.POST("/releases/{id}/publish", { params: { path: { id: draft.data!.id } } });
      expect(again.response.status).toBe(409);
      expect(again.error).toMatchObject({ error: { code: "CONFLICT", details: { number: latest + 1 } } });
      break;
    }
  });

  it("refuses a draft made before another release was published with 409", async () => {
    const stale = await draftRelease("Overtaken.");
    const other = await draftRelease("Lands first.");
    await publisher.client.POST("/releases/{id}/publish", { params: { path: { id: other.data!.id } } });
    const refused = await publisher.send("POST", `/releases/${stale.data!.id}/publish`);
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toMatch(/Make a new draft/);
  });

  it("refuses bad drafts with 400 naming the field, unknown drafts with 404, and non-publishers with 403", async () => {
    for (const [body, parameter] of [
      [{ asOf: "2999-01-01", notes: "Future." }, "asOf"],
      [{ asOf: today(), notes: "" }, "notes"],
      [{ asOf: today(), notes: "Unknown version.", methodologyVersion: 999 }, "methodologyVersion"],
    ] as const) {
      const response = await publisher.send("POST", "/releases", { body: JSON.stringify(body) });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(refusedParameters(await errorOf(response))).toEqual([parameter]);
    }
    expect((await publisher.send("POST", "/releases/0f8fad5b-d9cb-469f-a165-70867728950e/publish")).status).toBe(404);
    expect((await publisher.send("POST", "/releases/R3/publish")).status).toBe(400);
    const editor = await restCaller(db, ["editor"]);
    expect((await editor.send("POST", "/releases", { body: JSON.stringify({ asOf: today(), notes: "Not mine to make." }) })).status).toBe(403);
  });
});

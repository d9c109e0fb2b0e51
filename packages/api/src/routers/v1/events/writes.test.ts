// Feeding events in over REST: draft, change with If-Match, submit, review, each under the API
// key's owner and through the same workflow as the studio, through the generated client.
import { createTestDyad } from "@rti/db/testing";
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import { errorOf, refusedParameters, restCaller, restGet } from "../../../testing/rest";

const db = getDb();
type Caller = Awaited<ReturnType<typeof restCaller>>;
let editor: Caller;
let reviewer: Caller;
let dyad: Awaited<ReturnType<typeof createTestDyad>>;

const goldstein = async (code: string) => (await db.cameoCode.findUniqueOrThrow({ where: { code } })).goldstein.toNumber();

beforeAll(async () => {
  [editor, reviewer, dyad] = await Promise.all([restCaller(db, ["editor"]), restCaller(db, ["reviewer"]), createTestDyad(db)]);
});

const draft = (overrides: Record<string, unknown> = {}) => ({
  source: dyad.actorA,
  target: dyad.actorB,
  date: "2024-03-05",
  code: "042",
  title: "Ministers meet",
  summary: "The foreign ministers met in Geneva.",
  sources: [{ url: "https://example.org/meeting", publisher: "Example Wire", quote: "The ministers met." }],
  ...overrides,
});

async function createDraft(overrides: Record<string, unknown> = {}) {
  const { data, response } = await editor.client.POST("/events", { body: draft(overrides) as never });
  expect(response.status).toBe(201);
  return data!;
}

const patch = (id: string, body: Record<string, unknown>, ifMatch?: string) =>
  editor.send("PATCH", `/events/${id}`, { body: JSON.stringify(body), headers: ifMatch === undefined ? {} : { "If-Match": ifMatch } });

describe("POST /events", () => {
  it("drafts an event under the key's owner: revision 1, Goldstein intensity, weight 1, the server's fields", async () => {
    const { data, response } = await editor.client.POST("/events", { body: draft() as never });
    expect(response.status).toBe(201);
    expect(response.headers.get("etag")).toBe('"1"');
    expect(response.headers.get("location")).toBe(`/api/v1/events/${data!.id}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(data).toMatchObject({
      revision: 1,
      status: "draft",
      source: dyad.actorA,
      target: dyad.actorB,
      dyad: dyad.slug,
      date: "2024-03-05",
      datePrecision: "day",
      code: "042",
      intensity: await goldstein("042"),
      weight: 1,
      title: "Ministers meet",
      sources: [{ url: "https://example.org/meeting", publisher: "Example Wire", quote: "The ministers met." }],
    });
    const stored = await db.event.findUniqueOrThrow({ where: { id: data!.id }, include: { revisions: true } });
    expect(stored.createdById).toBe(editor.viewer.id);
    expect(stored.revisions).toHaveLength(1);
    expect(data!.createdAt).toBe(stored.createdAt.toISOString());
  });

  it("ignores the server's fields when a client sends them", async () => {
    const data = await createDraft({ id: "00000000-0000-4000-8000-000000000000", revision: 9, status: "approved", dyad: "xxx-yyy" });
    expect(data).toMatchObject({ revision: 1, status: "draft", dyad: dyad.slug });
    expect(data.id).not.toBe("00000000-0000-4000-8000-000000000000");
  });

  it("refuses bad fields with 400 naming each, as the body names them, and saves nothing", async () => {
    const before = await db.event.count({ where: { createdById: editor.viewer.id } });
    for (const [body, parameters] of [
      [draft({ target: dyad.actorA }), ["target"]],
      [draft({ source: "QQQ" }), ["source"]],
      [draft({ code: "999" }), ["code"]],
      [draft({ intensity: 7 }), ["intensityReason"]],
      [draft({ intensity: "5" }), ["intensity"]],
      [draft({ intensity: null }), ["intensity"]],
      [draft({ date: "2024-02-30", title: "" }), ["date", "title"]],
      [draft({ sources: [{ url: "javascript:alert(1)" }] }), ["sources.0.url"]],
    ] as const) {
      const response = await editor.send("POST", "/events", { body: JSON.stringify(body) });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("INVALID_INPUT");
      expect(refusedParameters(error).sort(), JSON.stringify(body)).toEqual([...parameters].sort());
    }
    expect(await db.event.count({ where: { createdById: editor.viewer.id } })).toBe(before);
  });

  it("refuses a body that is not a JSON object: 400, or 415 when it is not JSON at all", async () => {
    const bad = async (body: string, headers: Record<string, string> = {}) => {
      const response = await editor.send("POST", "/events", { body, headers });
      return { status: response.status, error: await errorOf(response) };
    };
    expect(await bad("{ not json")).toMatchObject({ status: 400, error: { details: { issues: [{ parameter: "body" }] } } });
    expect(await bad("[1, 2]")).toMatchObject({ status: 400, error: { details: { issues: [{ parameter: "body" }] } } });
    expect(await bad("title=x", { "Content-Type": "application/x-www-form-urlencoded" })).toMatchObject({ status: 415, error: { code: "UNSUPPORTED_MEDIA_TYPE" } });
  });

  it("needs a key (401) of an editor (403)", async () => {
    const unsigned = await editor.send("POST", "/events", { body: JSON.stringify(draft()), headers: { Authorization: "" } });
    expect(unsigned.status).toBe(401);
    const refused = await reviewer.send("POST", "/events", { body: JSON.stringify(draft()) });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("FORBIDDEN");
  });
});

describe("PATCH /events/{id}", () => {
  it("changes only the fields sent, on the revision If-Match names, and answers the new revision as ETag", async () => {
    const created = await createDraft();
    const response = await patch(created.id, { title: "Ministers meet again", summary: null }, '"1"');
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"2"');
    const changed = await response.json();
    expect(changed).toMatchObject({ revision: 2, status: "draft", title: "Ministers meet again", code: "042", date: "2024-03-05" });
    expect(changed).not.toHaveProperty("summary");
    expect(changed.sources).toEqual(created.sources);
  });

  it("lets the intensity follow a new code unless the editors set their own", async () => {
    const created = await createDraft();
    const recoded = await (await patch(created.id, { code: "190" }, '"1"')).json();
    expect(recoded.intensity).toBe(await goldstein("190"));

    const own = await (await patch(created.id, { intensity: -9.5, intensityReason: "Heavier than usual." }, '"2"')).json();
    expect(own).toMatchObject({ intensity: -9.5, intensityReason: "Heavier than usual." });
    const stillOwn = await patch(created.id, { code: "193" }, '"3"');
    expect(stillOwn.status).toBe(200);
    expect(await stillOwn.json()).toMatchObject({ code: "193", intensity: -9.5 });
    const back = await (await patch(created.id, { intensity: null, intensityReason: null }, '"4"')).json();
    expect(back.intensity).toBe(await goldstein("193"));
  });

  it("is 409 with the current revision when If-Match is stale, and changes nothing", async () => {
    const created = await createDraft();
    expect((await patch(created.id, { title: "First change" }, '"1"')).status).toBe(200);
    const stale = await patch(created.id, { title: "Second change on the old revision" }, '"1"');
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toMatchObject({ code: "CONFLICT", details: { currentRevision: 2, yourRevision: 1 } });
    const { data } = await editor.client.GET("/events/{id}", { params: { path: { id: created.id }, query: { view: "working" } } });
    expect(data).toMatchObject({ revision: 2, title: "First change" });
  });

  it("is 412 without If-Match or with one that names no revision", async () => {
    const created = await createDraft();
    for (const ifMatch of [undefined, "*", 'W/"1"', '"abc"', '"0"']) {
      const response = await patch(created.id, { title: "Changed" }, ifMatch);
      expect(response.status, String(ifMatch)).toBe(412);
      expect((await errorOf(response)).code).toBe("PRECONDITION_FAILED");
    }
    expect((await patch(created.id, { title: "Changed" }, "1")).status).toBe(200);
  });

  it("checks the merged event as a whole and names the refused fields", async () => {
    const created = await createDraft();
    for (const [body, parameters] of [
      [{ target: dyad.actorA }, ["target"]],
      [{ weight: 2, title: "" }, ["title", "weight"]],
    ] as const) {
      const response = await patch(created.id, body, '"1"');
      expect(response.status).toBe(400);
      expect(refusedParameters(await errorOf(response)).sort()).toEqual(parameters);
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: created.id } })).headNumber).toBe(1);
  });

  it("is 404 for an unknown event and 422 for one in review", async () => {
    expect((await patch("0f8fad5b-d9cb-469f-a165-70867728950e", { title: "Unknown" }, '"1"')).status).toBe(404);
    const created = await createDraft();
    await editor.client.POST("/events/{id}/submit", { params: { path: { id: created.id }, header: { "If-Match": '"1"' } } });
    const inReview = await patch(created.id, { title: "Too late" }, '"1"');
    expect(inReview.status).toBe(422);
    expect(await errorOf(inReview)).toMatchObject({ code: "UNPROCESSABLE", details: { status: "in_review" } });
  });
});

describe("submit and review", () => {
  it("takes a draft through review to approved, under two different people", async () => {
    const created = await createDraft();
    const submitted = await editor.client.POST("/events/{id}/submit", { params: { path: { id: created.id }, header: { "If-Match": '"1"' } } });
    expect(submitted.response.status).toBe(200);
    expect(submitted.data).toMatchObject({ status: "in_review", revision: 1 });

    const approved = await reviewer.client.POST("/events/{id}/reviews", {
      params: { path: { id: created.id } },
      body: { revision: 1, decision: "approve", comment: "Checked against the source." },
    });
    expect(approved.response.status).toBe(200);
    expect(approved.response.headers.get("etag")).toBe('"1"');
    expect(approved.data).toMatchObject({ status: "approved", revision: 1 });
    const review = await db.review.findFirstOrThrow({ where: { revision: { eventId: created.id } } });
    expect(review).toMatchObject({ reviewerId: reviewer.viewer.id, decision: "approve", comment: "Checked against the source." });
  });

  it("sends back for changes, refuses a stale revision (409), one's own revision (403) and an editor (403)", async () => {
    const both = await restCaller(db, ["editor", "reviewer"]);
    const { data: created } = await both.client.POST("/events", { body: draft() as never });
    await both.client.POST("/events/{id}/submit", { params: { path: { id: created!.id }, header: { "If-Match": '"1"' } } });
    const review = (who: Caller, revision: number) =>
      who.send("POST", `/events/${created!.id}/reviews`, { body: JSON.stringify({ revision, decision: "request_changes", comment: "Which day?" }) });

    expect((await review(both, 1)).status).toBe(403);
    expect((await review(editor, 1)).status).toBe(403);
    expect((await review(reviewer, 2)).status).toBe(409);
    const sentBack = await review(reviewer, 1);
    expect(sentBack.status).toBe(200);
    expect(await sentBack.json()).toMatchObject({ status: "changes_requested" });
  });

  it("refuses a decision that is not one, and a submit of what is already in review", async () => {
    const created = await createDraft();
    const bad = await reviewer.send("POST", `/events/${created.id}/reviews`, { body: JSON.stringify({ revision: 1, decision: "maybe", comment: "" }) });
    expect(bad.status).toBe(400);
    expect(refusedParameters(await errorOf(bad)).sort()).toEqual(["comment", "decision"]);

    const submit = () => editor.send("POST", `/events/${created.id}/submit`, { headers: { "If-Match": '"1"' } });
    expect((await submit()).status).toBe(200);
    expect((await submit()).status).toBe(422);
  });
});

describe("GET /events/{id}?view=working", () => {
  it("shows a draft to a key holder, never cached, and nothing without a key", async () => {
    const created = await createDraft();
    const { data, response } = await reviewer.client.GET("/events/{id}", { params: { path: { id: created.id }, query: { view: "working" } } });
    expect(data).toEqual(created);
    expect(response.headers.get("etag")).toBe('"1"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect((await restGet(`/events/${created.id}?view=working`)).status).toBe(401);
    expect((await restGet(`/events/${created.id}`)).status).toBe(404);
  });
});

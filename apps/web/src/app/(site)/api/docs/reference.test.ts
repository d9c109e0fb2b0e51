// The docs page's reading of the real OpenAPI document: every operation, parameter, request body
// and response field reaches the page, and the examples are requests the API takes.
import { openApiDocument } from "@rti/api";
import { articleInput, createReleaseInput, eventFieldsPatchSchema, eventFieldsSchema, reviewInput } from "@rti/api/schemas";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exampleBody, exampleClientCall, exampleCurl, examplePath, exampleTrpcCall, operationsByTag, placeholdersOf } from "./reference";

const doc = openApiDocument();
const groups = operationsByTag(doc);
const operations = groups.flatMap((g) => g.operations);
const byId = (id: string) => operations.find((o) => o.id === id)!;

describe("the API docs' reading of the document", () => {
  it("lists every operation once, under its tag", () => {
    const inDocument = Object.values(doc.paths ?? {}).flatMap((item) => Object.keys(item as object));
    expect(operations).toHaveLength(inDocument.length);
    expect(groups.map((g) => g.tag)).toEqual(["dyads", "events", "releases", "methodology", "imports"]);
    expect(groups.every((g) => g.operations.length > 0)).toBe(true);
  });

  it("describes every parameter", () => {
    const undescribed = operations.flatMap((o) => o.parameters.filter((p) => !p.description).map((p) => `${o.id}: ${p.name}`));
    expect(undescribed).toEqual([]);
  });

  it("lists response fields through arrays and components, with readable types", () => {
    const fields = Object.fromEntries(byId("v1-events-list").fields.map((f) => [f.name, f]));
    expect(fields["data"]!.type).toBe("Event[]");
    expect(fields["data[].status"]!.type).toContain('"approved"');
    expect(fields["data[].sources[].quote"]).toMatchObject({ type: "string", required: false });
    expect(fields["nextCursor"]!.type).toBe("string | null");
    expect(byId("v1-dyads-series").csv).toBe(true);
    expect(byId("v1-dyads-series").fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(["points[].date", "points[].value", "points[].pressure", "points[].conflict", "points[].cooperation", "points[].events"]),
    );
  });

  it("fills in the parameters a request needs", () => {
    const explain = byId("v1-dyads-explain");
    expect(examplePath(explain)).toBe("/dyads/rus-usa/explain?date=2025-08-01");
    expect(exampleClientCall(explain)).toBe(
      'const { data, error } = await api.GET("/dyads/{slug}/explain", { params: { path: { slug: "rus-usa" }, query: { date: "2025-08-01" } } });',
    );
    expect(exampleTrpcCall(explain)).toBe('const data = await trpc.v1.dyads.explain.query({ slug: "rus-usa", date: "2025-08-01" });');
    expect(examplePath(byId("v1-releases-list"))).toBe("/releases");
    // An event id has no example that exists everywhere: the page asks the reader for one.
    expect(examplePath(byId("v1-events-get"))).toBe("/events/ID");
    expect(placeholdersOf(byId("v1-events-get")).map((p) => p.name)).toEqual(["id"]);
    expect(placeholdersOf(explain)).toEqual([]);
  });

  it("reads a write's request body: its fields, which are required, their limits and its content types", () => {
    const create = byId("v1-events-create");
    expect(create.body!.contentTypes).toEqual(["application/json"]);
    expect(create.body!.fields.filter((f) => f.required).map((f) => f.name)).toEqual(["source", "target", "date", "code", "title", "sources", "sources[].url"]);
    const fields = Object.fromEntries(create.body!.fields.map((f) => [f.name, f]));
    expect(fields["datePrecision"]).toMatchObject({ type: '"day" | "month"', required: false, limits: 'default `"day"`' });
    expect(fields["title"]!.limits).toBe("3 to 300 characters");
    expect(fields["weight"]!.limits).toBe("above 0, at most 1; default `1`");
    expect(fields["sources[].quote"]).toMatchObject({ type: "string", required: false });
    // A merge patch needs no field, and may clear some with null.
    const update = byId("v1-events-update");
    expect(update.body!.contentTypes).toEqual(["application/json", "application/merge-patch+json"]);
    expect(update.body!.fields.filter((f) => f.required && !f.name.includes("."))).toEqual([]);
    expect(update.body!.fields.find((f) => f.name === "summary")!.type).toBe("string | null");
    expect(byId("v1-events-submit").body).toBeNull();
    expect(byId("v1-events-list").body).toBeNull();
  });

  it("lists header parameters with path and query ones", () => {
    for (const id of ["v1-events-update", "v1-events-submit"]) {
      expect(byId(id).parameters.find((p) => p.in === "header")).toMatchObject({ name: "If-Match", required: true, type: "string" });
    }
    expect(byId("v1-events-get").parameters.find((p) => p.name === "view")).toMatchObject({ in: "query", type: '"published" | "working"' });
  });

  it("answers with each operation's success status, its headers and fields", () => {
    const create = byId("v1-events-create");
    expect(create.success).toMatchObject({ status: "201 Created", headers: [expect.objectContaining({ name: "ETag" }), expect.objectContaining({ name: "Location" })] });
    expect(create.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["id", "revision", "status", "sources[].url"]));
    expect(byId("v1-releases-create").success.status).toBe("201 Created");
    expect(byId("v1-events-update").success.headers.map((h) => h.name)).toEqual(["ETag"]);
    expect(byId("v1-events-list").success.status).toBe("200 OK");
  });

  it("marks exactly the writes and the imports as needing an API key", () => {
    const needsKey = operations.filter((o) => o.needsKey).map((o) => o.id);
    expect(needsKey).toEqual(operations.filter((o) => o.method !== "GET" || o.path.startsWith("/imports")).map((o) => o.id));
    expect(needsKey).toEqual(expect.arrayContaining(["v1-events-create", "v1-events-review", "v1-releases-publish"]));
  });

  it("shows writes with their method, key, If-Match and JSON body", () => {
    const update = byId("v1-events-update");
    expect(exampleCurl(update, "https://rti.example/api/v1")).toBe(
      [
        'curl -i -X PATCH "https://rti.example/api/v1/events/ID" \\',
        '  -H "Authorization: Bearer $RTI_API_KEY" \\',
        '  -H "If-Match: \\"1\\"" \\',
        '  -H "Content-Type: application/json" \\',
        "  -d '{",
        '    "summary": "The delegation met Ukrainian officials to agree on the next exchange."',
        "  }'",
      ].join("\n"),
    );
    expect(exampleClientCall(update)).toBe(
      [
        'const { data, error } = await api.PATCH("/events/{id}", {',
        '  params: { header: { "If-Match": "\\"1\\"" }, path: { id: "ID" } },',
        "  body: {",
        '    summary: "The delegation met Ukrainian officials to agree on the next exchange.",',
        "  },",
        "});",
      ].join("\n"),
    );
    // tRPC takes the path parameters and body fields as one input, and If-Match from the request's headers.
    const [comment, ...call] = exampleTrpcCall(update).split("\n");
    expect(comment).toMatch(/^\/\/ .*If-Match.*event\.update.*baseRevision/);
    expect(call).toEqual([
      "const data = await trpc.v1.events.update.mutate({",
      '  id: "ID",',
      '  summary: "The delegation met Ukrainian officials to agree on the next exchange.",',
      "});",
    ]);
    expect(exampleTrpcCall(byId("v1-releases-publish"))).toBe('const data = await trpc.v1.releases.publish.mutate({ id: "ID" });');
    expect(exampleCurl(byId("v1-releases-publish"), "")).toBe('curl -i -X POST "/releases/ID/publish" \\\n  -H "Authorization: Bearer $RTI_API_KEY"');
    // Reads stay as they were: no method, key or body.
    expect(exampleCurl(byId("v1-releases-list"), "")).toBe('curl -i "/releases"');
  });

  it("uploads a file as it is, not as JSON", () => {
    const upload = byId("imports-upload");
    expect(upload.body).toMatchObject({ file: true, fields: [], contentTypes: expect.arrayContaining(["text/csv"]) });
    expect(exampleCurl(upload, "")).toContain("--data-binary @events.csv");
    expect(exampleClientCall(upload)).toContain("bodySerializer: (text) => text");
    expect(exampleTrpcCall(upload)).toMatch(/^\/\/ Files are not tRPC input/);
  });

  it("drafts a realistic event, and every example body is one the API takes", () => {
    const create = byId("v1-events-create");
    const body = exampleBody(create)!;
    expect(body).toMatchObject({ source: "RUS", target: "UKR", code: "042", sources: [{ url: expect.stringMatching(/^https:\/\//) }] });
    // The curl body is the same JSON.
    expect(JSON.parse(/-d '([^']*)'/.exec(exampleCurl(create, ""))![1]!)).toEqual(body);
    expect(exampleClientCall(create)).toContain('  body: {\n    source: "RUS",\n    target: "UKR",');
    expect(exampleTrpcCall(create)).toContain('const data = await trpc.v1.events.create.mutate({\n  source: "RUS",');

    const schemas = {
      "assistant-extract": articleInput,
      "v1-imports-approve": z.object({ comment: z.string().optional() }),
      "v1-events-create": eventFieldsSchema,
      "v1-events-update": eventFieldsPatchSchema,
      "v1-events-review": reviewInput.omit({ id: true }),
      "v1-releases-create": createReleaseInput,
    };
    expect(operations.filter((o) => o.body && !o.body.file).map((o) => o.id).sort()).toEqual(Object.keys(schemas).sort());
    for (const [id, schema] of Object.entries(schemas)) expect(schema.safeParse(exampleBody(byId(id))).error).toBeUndefined();
  });
});

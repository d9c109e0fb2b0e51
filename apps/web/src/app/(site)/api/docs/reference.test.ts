// The docs page's reading of the real OpenAPI document: every operation, parameter and response
// field reaches the page, and the examples are requests the API takes.
import { openApiDocument } from "@rti/api";
import { describe, expect, it } from "vitest";
import { exampleClientCall, examplePath, exampleTrpcCall, operationsByTag, placeholdersOf } from "./reference";

const doc = openApiDocument();
const groups = operationsByTag(doc);
const operations = groups.flatMap((g) => g.operations);
const byId = (id: string) => operations.find((o) => o.id === id)!;

describe("the API docs' reading of the document", () => {
  it("lists every operation once, under its tag", () => {
    const inDocument = Object.values(doc.paths ?? {}).flatMap((item) => Object.keys(item as object));
    expect(operations).toHaveLength(inDocument.length);
    expect(groups.map((g) => g.tag)).toEqual(["dyads", "events", "releases", "methodology"]);
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
});

// The OpenAPI document: a validator accepts it, the committed client types are generated from it,
// and every operation it lists answers through the generated client (no 5xx; 4xx in our shape).
import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import { draftRelease } from "../domain/releases/workflow";
import type { Viewer } from "@rti/auth";
import { createTestDyad } from "@rti/db/testing";
import { importWhole, templateFile, upload } from "../domain/imports/test-files";
import { createTestEvent } from "../testing";
import { errorOf, publishRestFixture, restCaller } from "../testing/rest";
import { testViewer, today } from "../testing/releases";
import { buildDocument, documentResponse } from "./document";
import { generateOpenApiTypes, OPENAPI_TYPES_FILE } from "./generate-types";

const doc = buildDocument();

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (swagger-parser), with every reference resolved", async () => {
    const api = await SwaggerParser.validate(structuredClone(doc) as never);
    expect((api as { openapi?: string }).openapi).toBe("3.1.0");
    // The contract's paths, all there.
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(
      [
        "/dyads",
        "/dyads/{slug}/series",
        "/dyads/{slug}/explain",
        "/events",
        "/events/{id}",
        "/events/{id}/submit",
        "/events/{id}/reviews",
        "/extract",
        "/releases",
        "/releases/{id}/publish",
        "/releases/latest",
        "/releases/{number}",
        "/methodology/{version}",
        "/imports",
        "/imports/{id}",
        "/imports/{id}/confirm",
        "/imports/{id}/cancel",
        "/imports/{id}/skipped",
        "/imports/{id}/approve",
      ].sort(),
    );
  });

  it("matches the committed client types (run `npm run api:types` after changing a REST procedure)", async () => {
    expect(readFileSync(OPENAPI_TYPES_FILE, "utf8") === (await generateOpenApiTypes()), "packages/api/src/rest/openapi-types.ts is stale: run `npm run api:types`").toBe(true);
  });

  it("is served with an ETag, and 304 when it is current", async () => {
    const first = documentResponse(new Request("http://localhost/api/v1/openapi.json"));
    expect(first.status).toBe(200);
    expect(JSON.parse(await first.text())).toEqual(JSON.parse(JSON.stringify(doc)));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = documentResponse(new Request("http://localhost/api/v1/openapi.json", { headers: { "If-None-Match": etag } }));
    expect(again.status).toBe(304);
  });
});

describe("every operation in the document", () => {
  const db = getDb();
  let values: Record<string, string>;
  let caller: Awaited<ReturnType<typeof restCaller>>;
  let importDyad: Awaited<ReturnType<typeof createTestDyad>>;
  let uploader: Viewer;
  /** An import of a small template file by another editor: waiting in preview, or finished. */
  const importOf = async (finished: boolean) => {
    const file = templateFile(importDyad, 3, ["not,a,row"]);
    return finished ? (await importWhole(db, uploader, "csv", file)).id : (await upload(db, uploader, "csv", file)).id;
  };
  beforeAll(async () => {
    const fixture = await publishRestFixture(db);
    importDyad = await createTestDyad(db);
    uploader = await testViewer(db, ["editor"]);
    values = { slug: fixture.dyad.slug, id: fixture.events[0]!.id, number: String(fixture.release.number), version: "1", date: fixture.day(-20), importId: await importOf(true) };
    caller = await restCaller(db, ["editor", "reviewer", "publisher", "admin"]);
  });
  /** The value of a path's parameter: an import's id under /imports, an event's elsewhere. */
  const valueOf = (path: string, name: string) => values[path.startsWith("/imports") && name === "id" ? "importId" : name]!;

  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { parameters?: { name: string; in: string; required?: boolean }[]; responses: object }>).map(([method, op]) => ({
      path,
      method,
      op,
    })),
  );
  type Request = { params?: Record<string, Record<string, string>>; body?: object | string; headers?: Record<string, string>; bodySerializer?: (body: string) => string };
  const draftOf = async (state: "draft" | "in_review") =>
    (await createTestEvent(db, { state, fields: { date: today(), title: "Document check" } })).event.id;

  /** What each write needs to succeed: a thing in the right state to act on, and a body. */
  const WRITES: Record<string, () => Promise<Request>> = {
    "post /events": async () => ({
      body: { source: "RUS", target: "UKR", date: today(), code: "042", title: "Talks", sources: [{ url: "https://example.org/talks" }] },
    }),
    "patch /events/{id}": async () => ({ params: { path: { id: await draftOf("draft") }, header: { "If-Match": '"1"' } }, body: { title: "Talks, revised" } }),
    "post /events/{id}/submit": async () => ({ params: { path: { id: await draftOf("draft") }, header: { "If-Match": '"1"' } } }),
    "post /events/{id}/reviews": async () => ({
      params: { path: { id: await draftOf("in_review") } },
      body: { revision: 1, decision: "approve", comment: "Checked." },
    }),
    "post /extract": async () => ({
      body: {
        text: "Russia on Wednesday expelled two Polish diplomats, the Foreign Ministry in Moscow said.",
        publishedAt: "2021-03-22",
        url: "https://example.org/expulsions",
      },
    }),
    "post /releases": async () => ({ body: { asOf: today(), methodologyVersion: 1, notes: "Document check." } }),
    // Drafted just before: publishing is refused only if another test file publishes in between.
    "post /releases/{id}/publish": async () => ({ params: { path: { id: await draftRelease(db, caller.viewer, { asOf: today(), methodologyVersion: 1, notes: "Document check." }) } } }),
    // The file itself is the body, as text/csv.
    "post /imports": async () => ({
      params: { query: { format: "csv", name: "document-check.csv" } },
      body: templateFile(importDyad, 2),
      headers: { "Content-Type": "text/csv" },
      bodySerializer: (body: string) => body,
    }),
    "post /imports/{id}/confirm": async () => ({ params: { path: { id: await importOf(false) } } }),
    "post /imports/{id}/cancel": async () => ({ params: { path: { id: await importOf(false) } } }),
    "post /imports/{id}/approve": async () => ({ params: { path: { id: await importOf(true) } }, body: { comment: "Checked." } }),
  };

  it("knows how to call every write", () => {
    expect(operations.filter((o) => o.method !== "get").map((o) => `${o.method} ${o.path}`).sort()).toEqual(Object.keys(WRITES).sort());
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s answers, through the generated client", async (_, { path, method, op }) => {
    const client = caller.client as unknown as { request: (m: string, p: string, init: object) => Promise<{ response: Response; data?: unknown }> };
    const success = Number(Object.keys(op.responses).find((status) => status.startsWith("2")));
    for (let attempt = 1; ; attempt++) {
      let init: Request = { params: { path: {}, query: {} } };
      if (method === "get") {
        for (const p of op.parameters ?? []) if (p.required) init.params![p.in]![p.name] = valueOf(path, p.name);
      } else {
        init = await WRITES[`${method} ${path}`]!();
      }
      const { response, data } = await client.request(method.toUpperCase(), path, init);
      if (path === "/releases/{id}/publish" && response.status === 409 && attempt < 40) continue;
      expect(response.status, `${method} ${path}: ${JSON.stringify(data ?? (await response.clone().text()))}`).toBe(success);
      expect(data).toBeTypeOf("object");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      break;
    }
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s refuses nonsense with a 4xx in the one error shape", async (_, { path, method, op }) => {
    // Every parameter, in the path and the query, and every field of the body gets a value none of them accepts.
    const query = new URLSearchParams((op.parameters ?? []).filter((p) => p.in === "query").map((p) => [p.name, "zz top"]));
    const body = method === "get" ? undefined : JSON.stringify({ title: "zz top", revision: "zz top", asOf: "zz top", source: "zz top", decision: "zz top" });
    const response = await caller.send(method.toUpperCase(), `${path.replace(/\{\w+\}/g, "zz%20top")}?${query}`, { body, headers: { "If-Match": "zz top" } });
    expect(response.status, `${path}: ${response.status}`).toBeLessThan(500);
    if (method !== "get") expect(response.status, `${method} ${path}`).toBe(400);
    if (response.status >= 400) expect((await errorOf(response)).code).toMatch(/^[A-Z_]+$/);
  });
});

// The OpenAPI document: a validator accepts it, the committed client types are generated from it,
// and every operation it lists answers through the generated client (no 5xx; 4xx in our shape).
import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import { errorOf, publishRestFixture, restClient, restGet } from "../testing/rest";
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
        "/releases",
        "/releases/latest",
        "/releases/{number}",
        "/methodology/{version}",
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
  let values: Record<string, string>;
  beforeAll(async () => {
    const fixture = await publishRestFixture(getDb());
    values = { slug: fixture.dyad.slug, id: fixture.events[0]!.id, number: String(fixture.release.number), version: "1", date: fixture.day(-20) };
  });

  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>).map(([method, op]) => ({ path, method, op })),
  );

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s answers, through the generated client", async (_, { path, method, op }) => {
    const params = { path: {} as Record<string, string>, query: {} as Record<string, string> };
    for (const p of op.parameters ?? []) if (p.required) params[p.in as "path" | "query"][p.name] = values[p.name]!;
    const client = restClient() as unknown as { request: (m: string, p: string, init: object) => Promise<{ response: Response; data?: unknown }> };
    const { response, data } = await client.request(method.toUpperCase(), path, { params });
    expect(response.status, `${method} ${path}`).toBe(200);
    expect(data).toBeTypeOf("object");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s refuses nonsense with a 4xx in the one error shape", async (_, { path, op }) => {
    // Every parameter, in the path and the query, gets a value none of them accepts.
    const query = new URLSearchParams((op.parameters ?? []).filter((p) => p.in === "query").map((p) => [p.name, "zz top"]));
    const response = await restGet(`${path.replace(/\{\w+\}/g, "zz%20top")}?${query}`);
    expect(response.status, `${path}: ${response.status}`).toBeLessThan(500);
    if (response.status >= 400) expect((await errorOf(response)).code).toMatch(/^[A-Z_]+$/);
  });
});

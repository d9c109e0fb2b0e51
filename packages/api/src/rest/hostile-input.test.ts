// Hostile input at every operation of the OpenAPI document (a new endpoint is covered by being
// in it): generated path, query and header values and JSON bodies, sent with a key whose owner
// has every role, so they reach past the refusals. Whatever is sent, the answer is never a 5xx
// and every 4xx has the one error shape; no body pollutes Object.prototype.
import { getDb } from "@rti/db";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestEvent, eventFields } from "../testing";
import { hostileObject, hostileParameter, hostileString, hostileValue, POLLUTING_JSON, prototypeSnapshot } from "../testing/hostile";
import { errorOf, restCaller } from "../testing/rest";
import { buildDocument } from "./document";

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query" | "header";
}

const doc = buildDocument();
const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, Json>).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
);
/** Spread over the operations so the file sends at least 10,000 requests in all. */
const RUNS = Math.ceil(10_000 / operations.length);

/** The JSON schema `schema` names, following a $ref into the document's components. */
function resolve(schema: Json | undefined): Json | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema;
  return ref.split("/").slice(1).reduce<unknown>((at, key) => (at as Json)[key], doc) as Json;
}

/** The top-level field names of an operation's JSON body, so generated bodies use them. */
function bodyFields(operation: Json): string[] | null {
  const content = (operation.requestBody as { content?: Record<string, { schema?: Json }> } | undefined)?.content;
  if (!content?.["application/json"]) return null;
  return Object.keys((resolve(content["application/json"].schema)?.properties as Json | undefined) ?? {});
}

/** Percent-encoded, or raw when it cannot be (a lone surrogate) or by chance (`../`, `%ZZ` as they are). */
const inPath = (value: string, raw: boolean) => {
  if (raw) return value;
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
};

/** A header carries Latin-1 only (fetch refuses the rest before it reaches the handler). */
const asHeader = (value: string) => value.replace(/[^\x20-\x7e]/g, "");

const db = getDb();
let caller: Awaited<ReturnType<typeof restCaller>>;
/** Ids of the test's own that a path sometimes gets, so hostile bodies reach a real event. */
let ownIds: string[];
/** A valid event body: hostile values in one of its fields get past validation's first refusal to storage. */
let validEvent: Json;

beforeAll(async () => {
  caller = await restCaller(db, ["editor", "reviewer", "publisher", "admin"]);
  const { event, dyad } = await createTestEvent(db, { author: caller.viewer });
  ownIds = [event.id];
  validEvent = eventFields(dyad, { title: "Hostile input test" }) as unknown as Json;
});

/** Sends the request and checks the answer: no 5xx, the error shape on every 4xx. */
async function check(method: string, path: string, body: string | undefined, headers: Record<string, string>) {
  const response = await caller.send(method, path, { body, headers });
  const request = `${method} ${path.slice(0, 300)} ${body?.slice(0, 300) ?? ""}`;
  if (response.status >= 500) throw new Error(`${response.status} for ${request}: ${await response.text()}`);
  if (response.status >= 400) await errorOf(response);
  else await response.arrayBuffer();
}

describe("hostile input at every REST operation", () => {
  it("covers the document's operations", () => {
    expect(operations.length * RUNS).toBeGreaterThanOrEqual(10_000);
  });

  it.each(operations)("$method $path: never a 5xx, every 4xx in the error shape", { timeout: 120_000 }, async ({ method, path, operation }) => {
    const parameters = (operation.parameters ?? []) as Parameter[];
    const fields = bodyFields(operation);
    const parameterValue = fc.oneof({ weight: 5, arbitrary: hostileParameter }, { weight: 1, arbitrary: fc.constantFrom(...ownIds) });
    // A GET has no body (fetch refuses one); a write without a JSON body gets stray text or none.
    const body: fc.Arbitrary<string | undefined> =
      method === "GET"
        ? fc.constant(undefined)
        : fields
          ? fc.oneof(
              hostileObject(fields).map((b) => JSON.stringify(b)),
              hostileValue.map((v) => JSON.stringify(v) ?? "null"),
              hostileString,
              {
                weight: 4,
                arbitrary: fc.tuple(fc.constantFrom(...Object.keys(validEvent)), hostileString).map(([field, v]) => JSON.stringify({ ...validEvent, [field]: v })),
              },
            )
          : fc.oneof(fc.constant(undefined), hostileString);
    const values = fc.record(Object.fromEntries(parameters.map((p) => [`${p.in}:${p.name}`, fc.option(parameterValue, { nil: undefined })])));

    await fc.assert(
      fc.asyncProperty(values, fc.boolean(), body, async (given, raw, sent) => {
        const query = new URLSearchParams();
        const headers: Record<string, string> = {};
        let address = path;
        for (const p of parameters) {
          const value = given[`${p.in}:${p.name}`] ?? (p.in === "path" ? "" : undefined);
          if (value === undefined) continue;
          if (p.in === "path") address = address.replace(`{${p.name}}`, inPath(value, raw));
          else if (p.in === "query") query.append(p.name, value);
          else headers[p.name] = asHeader(value);
        }
        await check(method, query.size ? `${address}?${query}` : address, sent, headers);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("prototype pollution through a JSON body", () => {
  it.each(operations.filter((o) => o.method !== "GET"))("$method $path leaves Object.prototype alone", async ({ method, path }) => {
    const before = prototypeSnapshot();
    await check(method, path.replace(/\{[^}]+\}/g, ownIds[0]!), POLLUTING_JSON, {});
    expect(({} as Json).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
  });
});

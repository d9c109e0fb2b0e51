// Hostile values at every tRPC procedure's input schema (a new procedure is covered by being in
// the router): parsing answers success or failure and never throws, and leaves Object.prototype
// as it was, whatever the value (any JS value, random JSON, prototype-pollution keys).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { appRouter } from "../root";
import { hostileObject, hostileValue, prototypeSnapshot } from "../testing/hostile";

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: ZodType[] } }>;
/** Every input schema with its procedure's path (a procedure may chain several, or take none). */
const schemas = Object.keys(procedures)
  .sort()
  .flatMap((path) => procedures[path]!._def.inputs.map((schema) => [path, schema] as const));
/** Spread over the schemas so the file parses at least 10,000 values in all. */
const RUNS = Math.ceil(10_000 / schemas.length);

/** The top-level field names of an object schema (zod 4 keeps them in `shape`), so values reach past "unknown key". */
const fieldsOf = (schema: ZodType) => Object.keys((schema as unknown as { shape?: Record<string, unknown> }).shape ?? {});

describe("every procedure's input schema, given hostile values", () => {
  it("covers the router's procedures", () => {
    expect(schemas.length * RUNS).toBeGreaterThanOrEqual(10_000);
  });

  it.each(schemas)("%s parses without throwing or polluting", (_, schema) => {
    const before = prototypeSnapshot();
    const value = fc.oneof(fc.anything(), fc.jsonValue(), hostileValue, hostileObject(fieldsOf(schema)));
    fc.assert(
      fc.property(value, (input) => {
        expect(typeof schema.safeParse(input).success).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
  });
});

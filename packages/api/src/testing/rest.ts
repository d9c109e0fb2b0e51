// Calling the REST API in tests: the handler in-process (no server), through a client generated
// from the OpenAPI document, and a published release of the test's own events to read.
import { createApiKey, type RoleName } from "@rti/auth";
import type { Db } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { dayNumber, dayString } from "@rti/engine";
import createClient from "openapi-fetch";
import { createRestHandler } from "../rest/handler";
import { createImportUploadHandler } from "../rest/import-upload";
import { createResponseCache } from "../rest/response-cache";
import type { paths } from "../rest/openapi-types";
import type { RestErrorBody } from "../rest/errors";
import type { EventFieldsInput } from "../schemas/event";
import { createTestEvent } from "./factories";
import { publishPatiently, testViewer, today } from "./releases";

const noLimit = async () => {};
const procedures = createRestHandler({ limit: noLimit, cache: createResponseCache() });
const uploads = createImportUploadHandler({ limit: noLimit });

/**
 * The REST API as the web app routes it, with no rate limit (the limiter has tests of its own):
 * the upload route at /api/v1/imports, the REST handler everywhere else.
 */
export const restHandler = (req: Request) => (new URL(req.url).pathname === "/api/v1/imports" ? uploads(req) : procedures(req));

export const REST_BASE = "http://localhost/api/v1";

/** A client typed from the document; JSON answers (CSV is read with restGet). */
export const restClient = () => createClient<paths, "application/json">({ baseUrl: REST_BASE, fetch: restHandler });

/**
 * A caller with an API key of its own, owned by a new user with `roles`: a typed client that
 * sends the key, and `send` for requests the client would not make (bad bodies, odd headers).
 */
export async function restCaller(db: Db, roles: RoleName[]) {
  const viewer = await testViewer(db, roles);
  const { key } = await createApiKey(db, viewer, "test pipeline");
  const authorization = { Authorization: `Bearer ${key}` };
  const client = createClient<paths, "application/json">({ baseUrl: REST_BASE, fetch: restHandler, headers: authorization });
  const send = (method: string, path: string, opts: { body?: string; headers?: Record<string, string> } = {}) =>
    restHandler(new Request(`${REST_BASE}${path}`, { method, body: opts.body, headers: { "Content-Type": "application/json", ...authorization, ...opts.headers } }));
  return { viewer, key, client, send };
}

/** GET `path` (under /api/v1) with the given headers. */
export const restGet = (path: string, headers: HeadersInit = {}) => restHandler(new Request(`${REST_BASE}${path}`, { headers }));

/** The error body of a response, after checking it has the one error shape. */
export async function errorOf(response: Response): Promise<RestErrorBody["error"]> {
  const body = (await response.json()) as RestErrorBody;
  if (typeof body.error?.code !== "string" || typeof body.error.message !== "string" || typeof body.error.details !== "object") {
    throw new Error(`not the standard error shape: ${JSON.stringify(body)}`);
  }
  return body.error;
}

/** The parameters a 400 names, each once. */
export const refusedParameters = (error: RestErrorBody["error"]) => [...new Set(((error.details.issues ?? []) as { parameter: string }[]).map((i) => i.parameter))];

/**
 * A dyad of the test's own with four approved events (one with a summary, an intensity of the
 * editors' own with its reason and a quoted source) and a published release of them all.
 */
export async function publishRestFixture(db: Db) {
  const asOf = today();
  const day = (n: number) => dayString(dayNumber(asOf) + n);
  const editor = await testViewer(db, ["editor"]);
  const dyad = await createTestDyad(db);
  const make = (fields: Partial<EventFieldsInput>) => createTestEvent(db, { author: editor, dyad, state: "approved", fields });
  const events = [
    await make({ date: day(-60), code: "042", title: "Talks" }),
    await make({
      date: day(-30),
      code: "190",
      title: "Strike",
      summary: "A strike on a depot.",
      intensity: -9,
      intensityReason: "Heavier than the code's usual weight.",
      sources: [{ url: "https://example.org/strike", publisher: "Example Wire", publishedAt: day(-29), quote: "The depot was struck." }],
    }),
    await make({ date: day(-30), code: "194", title: "Shelling" }),
    await make({ date: day(-10), code: "070", title: "Aid" }),
  ].map((e) => e.event);
  const release = await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf, methodologyVersion: 1, notes: "REST test release." });
  return { asOf, day, editor, dyad, events, release: { id: release.id, number: release.number! } };
}

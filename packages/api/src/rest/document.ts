// The OpenAPI 3.1 document of the REST API, generated from the procedures' meta.openapi and zod
// schemas, then adjusted where the REST layer differs from what trpc-to-openapi assumes: our
// error shape, the CSV alternative, caching headers and 304, the rate limit's 429.
import { createHash } from "node:crypto";
import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { appRouter } from "../root";
import { matchesEtag } from "./caching";
import { CORS_HEADERS } from "./handler";
import { IMPORT_FORMATS, MAX_UPLOAD_BYTES } from "../domain/imports/formats";
import { UPLOAD_TYPES } from "./import-upload";
import { REST_ENDPOINT } from "./meta";
import { REST_ROUTES } from "./routes";

type Json = Record<string, unknown>;

const ERROR_SCHEMA = {
  type: "object",
  description: "Every error has this shape; `details.issues` names each refused parameter.",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "details"],
      properties: {
        code: { type: "string", description: "NOT_FOUND, INVALID_INPUT, UNAUTHENTICATED, RATE_LIMITED…", examples: ["NOT_FOUND"] },
        message: { type: "string", description: "What went wrong and what to do, in a sentence." },
        details: {
          type: "object",
          additionalProperties: true,
          properties: {
            issues: {
              type: "array",
              items: { type: "object", required: ["parameter", "message"], properties: { parameter: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
      },
    },
  },
} as const;

const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
const header = (description: string) => ({ description, schema: { type: "string" } });

const TAGS = [
  { name: "dyads", description: "Pairs of actors and their daily index in a release." },
  { name: "events", description: "The reviewed events the index is computed from." },
  { name: "releases", description: "Numbered, immutable snapshots of the index." },
  { name: "methodology", description: "The versions of the index's formulas." },
  { name: "imports", description: "Files of events (the CSV template, GDELT exports) imported as drafts for review." },
];

export function buildDocument(): OpenAPIObject {
  const doc = generateOpenApiDocument(appRouter, {
    title: "Relations Tension Index API",
    description:
      "The published index, its events and releases. Reads are public; a response for a named release never changes and is cached for good, one for the latest release is re-checked every minute; send `If-None-Match` with an ETag to get 304. Anonymous reads are rate-limited per address, reads with an API key (`Authorization: Bearer <key>`) more generously. Writes (drafting, changing, submitting and reviewing events; drafting and publishing releases) need an API key and act under its owner's roles, through the same review workflow as the studio: an event reaches the index only once a reviewer other than its author approved it and a release includes it. Every change to an event names the revision it is based on in `If-Match`.",
    version: "1.0.0",
    baseUrl: REST_ENDPOINT,
    securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key, made in the studio (Studio → API keys)." } },
  });
  doc.tags = TAGS;
  const schemas = (doc.components!.schemas ??= {});
  for (const name of Object.keys(schemas)) if (name.startsWith("error.")) delete schemas[name];
  schemas.Error = ERROR_SCHEMA as Json;

  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, Json>)) {
      const route = REST_ROUTES.find((r) => r.path === path && r.method.toLowerCase() === method);
      const responses = operation.responses as Record<string, Json>;
      // trpc-to-openapi shares one response object per status among operations; each gets its own, with its own meaning.
      for (const status of Object.keys(responses)) {
        if (Number(status) >= 400) responses[status] = { description: route?.errors[status] ?? "Refused", content: errorContent };
      }
      if (method !== "get") {
        responses["415"] = { description: "The body is not JSON (send Content-Type: application/json)", content: errorContent };
      }
      responses["429"] = {
        description: "Too many requests: wait the Retry-After seconds",
        headers: { "Retry-After": { description: "Seconds until the limit resets", schema: { type: "integer" } } },
        content: errorContent,
      };
      responses["500"] = { description: "A fault on our side (never caused by what you send)", content: errorContent };
      if (method !== "get") {
        const status = route?.rest.status;
        if (status && responses["200"]) {
          responses[String(status)] = responses["200"];
          delete responses["200"];
        }
        continue;
      }
      const ok = responses["200"]!;
      ok.headers = {
        ETag: header("Identifies this response; send it back as If-None-Match."),
        "Cache-Control": header("immutable for a named release, max-age=60 for the latest."),
      };
      if (route?.rest.csv) (ok.content as Json)["text/csv"] = { schema: { type: "string", description: "A header line, then one line per point." } };
      responses["304"] = { description: "Not modified: the ETag in If-None-Match is current", headers: { ETag: header("The current ETag") } };
    }
  }
  (doc.paths as Record<string, Json>)["/imports"] = { post: UPLOAD_OPERATION };
  return doc;
}

// POST /imports, written by hand: it is no procedure (its body is a file, not JSON), but a route
// of its own (rest/import-upload.ts), so trpc-to-openapi does not see it.
const refusal = (description: string) => ({ description, content: errorContent });
const UPLOAD_OPERATION = {
  operationId: "imports-upload",
  summary: "Upload a file to import",
  description: `Uploads a file of events: the project's CSV template (format=csv), a GDELT 1.0 extract or daily export (gdelt1), or a GDELT 2.0 event export (gdelt2), unzipped, as the body itself, up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. The file is checked (its format's columns, text not binary, not empty) and previewed, and nothing is imported yet: the answer is the import, waiting in preview, with its first rows as they would be imported. Start it with \`POST /imports/{id}/confirm\`.`,
  tags: ["imports"],
  security: [{ apiKey: [] }],
  parameters: [
    { name: "format", in: "query", required: true, description: "csv (the template), gdelt1 or gdelt2.", schema: { type: "string", enum: [...IMPORT_FORMATS] } },
    { name: "name", in: "query", required: false, description: "The file's name, to tell imports apart (default: upload).", schema: { type: "string", maxLength: 200 } },
  ],
  requestBody: {
    required: true,
    description: "The file itself.",
    content: Object.fromEntries(UPLOAD_TYPES.map((type) => [type, { schema: { type: "string", format: "binary" } }])),
  },
  responses: {
    "201": {
      description: "The import, waiting in preview",
      headers: { Location: header("The import's address: /api/v1/imports/{id}.") },
      content: { "application/json": { schema: { $ref: "#/components/schemas/ImportJob" } } },
    },
    "400": refusal("format or name is not valid"),
    "401": refusal("Neither a session nor a known API key"),
    "403": refusal("The key's owner is not an editor"),
    "413": refusal(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`),
    "415": refusal(`The body is not declared as ${UPLOAD_TYPES.join(", ")}`),
    "422": refusal("The file is empty, binary, or does not have its format's columns (the message says which)"),
    "429": {
      description: "Too many requests: wait the Retry-After seconds",
      headers: { "Retry-After": { description: "Seconds until the limit resets", schema: { type: "integer" } } },
      content: errorContent,
    },
    "500": refusal("A fault on our side (never caused by what you send)"),
  },
};

let generated: { doc: OpenAPIObject; json: string; etag: string } | undefined;

function once() {
  if (!generated) {
    const doc = buildDocument();
    const json = JSON.stringify(doc);
    generated = { doc, json, etag: `"${createHash("sha256").update(json).digest("base64url").slice(0, 32)}"` };
  }
  return generated;
}

/** The document, generated once per process (the docs page renders it). */
export const openApiDocument = (): OpenAPIObject => once().doc;

/** GET /api/v1/openapi.json: the document, with an ETag. */
export function documentResponse(req: Request): Response {
  const { json, etag } = once();
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": "public, max-age=300" };
  if (matchesEtag(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(json, { headers: { ...headers, "Content-Type": "application/json" } });
}

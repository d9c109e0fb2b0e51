// POST /api/v1/imports?format=csv|gdelt1|gdelt2&name=<file name>: the file itself as the body,
// streamed to disk (never held in memory; up to MAX_UPLOAD_BYTES, not the REST handler's 1 MB),
// checked and previewed, and answered with the import (201, status previewing). Pipelines send
// an API key; the studio's upload form sends its session cookie instead.
//
// Cookies and CSRF: the body must be declared text/csv, text/tab-separated-values or
// application/octet-stream, none of which a form can send, and which make a browser ask first
// (a CORS preflight) before sending them from another site; the answer's `*` origin allows no
// credentials. So only the studio's own pages can upload with a session.
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { getViewer, type Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { z } from "zod";
import { writeAudit } from "../domain/audit";
import { createImport } from "../domain/imports/jobs";
import { IMPORT_FORMATS, MAX_UPLOAD_BYTES } from "../domain/imports/formats";
import { storeUpload, tooLarge } from "../domain/imports/storage";
import { DomainError } from "../errors";
import { fieldErrorsOf } from "../schemas/field-errors";
import { errorResponse } from "./errors";
import { CORS_HEADERS, identify, PREFLIGHT } from "./handler";
import { REST_ENDPOINT } from "./meta";
import { rateLimit, type Requester } from "./rate-limit";

export const UPLOAD_TYPES = ["text/csv", "text/tab-separated-values", "application/octet-stream"] as const;

export const uploadQuery = z.object({
  format: z.enum(IMPORT_FORMATS, "Name the file's format: format=csv (the template), gdelt1 or gdelt2."),
  name: z.string().trim().min(1).max(200, "A file name can be at most 200 characters.").default("upload").meta({ description: "The file's name, to tell imports apart." }),
});

const ALLOW = "POST, OPTIONS";

/** The upload handler, with the rate limit given (tests pass their own). */
export function createImportUploadHandler(deps: { limit: (who: Requester) => Promise<void> }) {
  return async (req: Request): Promise<Response> => {
    let response: Response;
    try {
      response = await upload(req, deps);
    } catch (error) {
      response = errorResponse(error);
    }
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    return response;
  };
}

export const handleImportUpload = createImportUploadHandler({ limit: rateLimit });

/** The caller, by API key or else by session, refused unless an editor (refusals recorded, as the procedures' tiers do). */
async function editor(req: Request, deps: { limit: (who: Requester) => Promise<void> }): Promise<Viewer> {
  const caller = await identify(req, deps);
  const viewer = caller.viewer ?? (await getViewer(req.headers));
  const entry = { action: "auth.refused", entityType: "procedure", entityId: `POST ${REST_ENDPOINT}/imports` };
  if (!viewer) {
    await writeAudit(getDb(), { actor: null, ...entry });
    throw new DomainError("UNAUTHENTICATED", 'Sign in, or send an API key as "Authorization: Bearer <key>".');
  }
  if (!viewer.roles.includes("editor")) {
    await writeAudit(getDb(), { actor: viewer, ...entry, meta: { required: "editor", held: viewer.roles } });
    throw new DomainError("FORBIDDEN", "This needs the editor role, which your account does not have.");
  }
  return viewer;
}

async function upload(req: Request, deps: { limit: (who: Requester) => Promise<void> }): Promise<Response> {
  if (req.method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { ...PREFLIGHT, Allow: ALLOW, "Access-Control-Allow-Methods": ALLOW } });
  }
  if (req.method !== "POST") {
    const refused = errorResponse(new DomainError("METHOD_NOT_ALLOWED", `${req.method} is not allowed on ${REST_ENDPOINT}/imports; POST the file.`, { details: { allow: ALLOW } }));
    refused.headers.set("Allow", ALLOW);
    return refused;
  }
  const viewer = await editor(req, deps);

  const url = new URL(req.url);
  const query = uploadQuery.safeParse({ format: url.searchParams.get("format") ?? undefined, name: url.searchParams.get("name") ?? undefined });
  if (!query.success) throw new DomainError("INVALID_INPUT", "The query is not valid.", { fieldErrors: fieldErrorsOf(query.error) });
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!(UPLOAD_TYPES as readonly string[]).includes(type)) {
    throw new DomainError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the file itself as the body, with Content-Type ${UPLOAD_TYPES.join(", ")}${type ? ` (not ${type})` : ""}.`,
      { details: { accepted: UPLOAD_TYPES } },
    );
  }
  const declared = Number(req.headers.get("content-length"));
  if (declared > MAX_UPLOAD_BYTES) throw tooLarge(MAX_UPLOAD_BYTES, declared);

  const body = req.body ? Readable.fromWeb(req.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
  const stored = await storeUpload(body, MAX_UPLOAD_BYTES);
  const job = await createImport(getDb(), viewer, { ...stored, format: query.data.format, fileName: query.data.name });
  const location = `${REST_ENDPOINT}/imports/${job.id}`;
  return Response.json(job, { status: 201, headers: { Location: location, "Cache-Control": "no-store" } });
}

// Calling the API over HTTP in tests, exactly as the web client does (superjson envelope).
import type { Viewer } from "@rti/auth";
import type { Db } from "@rti/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { appRouter } from "../root";
import type { FieldErrors } from "../schemas/field-errors";

export interface HttpError {
  message: string;
  data: { httpStatus: number; fieldErrors?: FieldErrors };
}

/** POSTs `input` to /api/trpc/`path` as `viewer`; returns the status and the decoded error or result. */
export async function postTrpc<T = unknown>(db: Db, viewer: Viewer | null, path: string, input: unknown) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    }),
    router: appRouter,
    createContext: () => ({ db, viewer }),
  });
  type Envelope = Parameters<typeof superjson.deserialize>[0];
  const body = (await response.json()) as { error?: Envelope; result?: { data: Envelope } };
  return {
    status: response.status,
    error: body.error ? superjson.deserialize<HttpError>(body.error) : undefined,
    data: body.result ? superjson.deserialize<T>(body.result.data) : undefined,
  };
}

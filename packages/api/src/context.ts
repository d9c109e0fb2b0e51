// What every procedure receives: the database and who is calling (null when signed out).
import { getViewer, type Viewer } from "@rti/auth";
import { getDb, type Db } from "@rti/db";

export interface Context {
  db: Db;
  viewer: Viewer | null;
  /** Response headers a procedure may add to; set by the HTTP routes, absent for in-process callers. */
  resHeaders?: Headers;
  /** The API key a REST request came with (the viewer is its owner); null or absent otherwise. */
  apiKey?: { id: string } | null;
  /** The request's If-Match header: the revision a write says it was based on (rest/revision.ts). */
  ifMatch?: string | null;
}

/** Builds the context from an incoming request's headers (tRPC route, server components). */
export async function createContextFromHeaders(headers: Headers): Promise<Context> {
  return { db: getDb(), viewer: await getViewer(headers), ifMatch: headers.get("if-match") };
}

/** The context of a signed-out reader, for pages that show only published data. */
export const publicContext = (): Context => ({ db: getDb(), viewer: null });

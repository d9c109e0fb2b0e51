// What the REST API's import procedures share: an import changes while it runs, so no answer
// about one is ever cached.
import type { Context } from "../../../context";

export function neverCached(ctx: Context): void {
  ctx.resHeaders?.set("Cache-Control", "private, no-store");
}

export const IMPORT_ERRORS = { 400: "The id is not a UUID", 401: "No or an unknown API key", 403: "The key's owner is not an editor", 404: "No such import" } as const;

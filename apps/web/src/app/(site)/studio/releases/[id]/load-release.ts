import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { getQueryClient, trpc } from "~/trpc/server";

/**
 * The release (draft or published) for this request, fetched once into the query cache the page
 * hands to the browser. Null for an unknown id or one that is not a uuid: the same to a reader.
 */
export const loadRelease = cache(async (id: string) => {
  try {
    return await getQueryClient().fetchQuery(trpc.release.draft.queryOptions({ id }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

import "server-only";
import { cache } from "react";
import { getQueryClient, trpc } from "~/trpc/server";
import { isNotFound } from "~/lib/not-found";

/**
 * The release (draft or published) for this request, fetched once into the query cache the page
 * hands to the browser. Null for an unknown id or one that is not a uuid: the same to a reader.
 */
export const loadRelease = cache(async (id: string) => {
  try {
    return await getQueryClient().fetchQuery(trpc.release.draft.queryOptions({ id }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
});

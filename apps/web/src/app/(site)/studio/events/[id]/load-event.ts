import "server-only";
import { cache } from "react";
import { getQueryClient, trpc } from "~/trpc/server";
import { isNotFound } from "~/lib/not-found";

/**
 * The event for this request, fetched once into the query cache the page hands to the browser.
 * Null when there is no such event: an unknown id (NOT_FOUND) or one that is not a uuid
 * (BAD_REQUEST) are the same to a reader.
 */
export const loadEvent = cache(async (id: string) => {
  try {
    return await getQueryClient().fetchQuery(trpc.event.get.queryOptions({ id }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
});

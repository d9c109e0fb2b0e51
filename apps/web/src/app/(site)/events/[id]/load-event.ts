import "server-only";
import { cache } from "react";
import { isNotFound } from "~/lib/not-found";
import { getQueryClient, trpc } from "~/trpc/server";

/** The event as the published releases show it, for this request; null when none includes it or the id is malformed. */
export const loadPublishedEvent = cache(async (id: string) => {
  try {
    return await getQueryClient().fetchQuery(trpc.event.published.queryOptions({ id }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
});

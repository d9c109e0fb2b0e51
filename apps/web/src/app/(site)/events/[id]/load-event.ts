import "server-only";
import { cache } from "react";
import { isNotFound } from "~/lib/not-found";
import { publishedEvent, releaseRef } from "~/lib/published";

/** The event as the published releases show it, cached until the next release; null when none includes it or the id is malformed. */
export const loadPublishedEvent = cache(async (id: string) => {
  const ref = await releaseRef();
  if (!ref) return null;
  try {
    return await publishedEvent(ref, id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
});

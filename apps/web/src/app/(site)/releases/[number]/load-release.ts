import "server-only";
import { cache } from "react";
import { releaseDetails, releaseRefOf } from "~/lib/published";

/** The published release with this number, cached under its id; null for a malformed or unknown number. */
export const loadPublishedRelease = cache(async (param: string) => {
  const ref = await releaseRefOf(param);
  return ref && { ref, release: await releaseDetails(ref) };
});

// The article assistant's engine: candidate events between countries from a news article.
import { extract } from "./extract";
import type { ArticleInput, CameoReference, Candidate } from "./types";

export type { ArticleInput, CameoReference, Candidate } from "./types";
export { cameoReferenceFromRows } from "./cameo";

/**
 * Candidate events in an article, in the order of their evidence. Pure and deterministic; any
 * string input returns (an empty list when there is nothing to find), never throws.
 */
export function extractCandidates(input: ArticleInput, cameo: CameoReference): Candidate[] {
  try {
    return extract(input, cameo);
  } catch {
    // The engine is meant never to fail on text; should a library still throw on some input,
    // the editor gets no suggestions rather than an error.
    return [];
  }
}

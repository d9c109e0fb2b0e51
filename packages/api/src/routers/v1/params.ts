// Parameters the REST reads share, built from the shared schemas, each described for the
// document. Numbers start from z.coerce (query and path values arrive as text), in schemas of
// their own: trpc-to-openapi switches coercion on in the schemas it serves.
import { dyadSlug } from "@rti/engine";
import { z } from "zod";
import { daySchema } from "../../schemas/event";
import { releaseNumber, seriesInput } from "../../schemas/release";

/** A dyad's slug; the other order ("usa-rus") means the same dyad, as on the dashboard. */
export const slugParam = seriesInput.shape.dyad
  .meta({ description: "The dyad: both actor codes, lower-case, joined by a hyphen, e.g. rus-usa (either order)." })
  .transform((slug) => {
    const [a, b] = slug.split("-") as [string, string];
    return a === b ? slug : dyadSlug(a, b);
  });

/** A release number in a query or a path. */
export const releaseNumberParam = () => releaseNumber(z.coerce.number<number>({ error: "A release number is a whole number, e.g. 3." }));

export const releaseParam = releaseNumberParam()
  .meta({ description: "A published release's number. Omitted: the latest release, re-checked every minute; given: cached for good." })
  .optional();

export const dayParam = (description: string) => daySchema.meta({ description });

/** The release a read came from, as lists and series name it. */
export const releaseRefSchema = z.object({
  number: z.number().int().meta({ description: "The release number (R3 is 3)." }),
  publishedAt: z.string().meta({ description: "When it was published (ISO 8601)." }),
});

/** For `.refine(rangeInOrder, RANGE_IN_ORDER)`: refuses `to` before `from`, naming `to`. */
export const rangeInOrder = (range: { from?: string; to?: string }) => !range.from || !range.to || range.from <= range.to;
export const RANGE_IN_ORDER = { message: "The end of the range (to) must not be before its start (from).", path: ["to"] };

/** `nextCursor` of a list that always fits one page: null, typed like a paged list's for clients' sake. */
export const singlePageCursor = z.string().nullable().meta({ description: "Always null: the whole list is one page." });

/** An event's id in a path. */
export const eventIdParam = z
  .uuid("An event id is a UUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e.")
  .meta({ description: "The event's id, a UUID, as `GET /events` lists it." });

/** The If-Match header of a write to an event, for the document (the REST handler passes it on). */
export const ifMatchHeader = z.object({
  "If-Match": z.string().meta({ description: 'The revision the change is based on, as the event\'s ETag gives it: "3". A newer revision is a 409.' }),
});

/** The ETag of a write's answer, for the document. */
export const revisionEtagHeader = z.object({
  ETag: z.string().meta({ description: 'The event\'s revision, e.g. "2": send it as If-Match with the next change.' }),
});

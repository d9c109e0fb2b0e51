// What the article assistant takes (studio form, tRPC and POST /api/v1/extract share it).
import { z } from "zod";
import { daySchema, LIMITS, sourceSchema } from "./event";

export const ARTICLE_LIMIT = 100_000;

/** "2021-03-22", or a date-time with its offset ("2021-03-22T14:05:00+01:00"). */
const publishedAtSchema = z
  .string()
  .trim()
  .refine(
    (s) => daySchema.safeParse(s).success || z.iso.datetime({ offset: true }).safeParse(s).success,
    "Give the publication date as YYYY-MM-DD, or a date-time with its offset (2021-03-22T14:05:00+01:00).",
  );

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const articleInput = z.object({
  // Not trimmed: evidence offsets count in the text exactly as sent.
  text: z
    .string()
    .refine((t) => t.trim().length >= 20, "Paste the article's text: at least a sentence.")
    .max(ARTICLE_LIMIT, `An article can be at most ${ARTICLE_LIMIT.toLocaleString("en")} characters.`)
    .meta({ description: "The article's text, as published." }),
  publishedAt: publishedAtSchema.meta({
    description: "When it was published: YYYY-MM-DD, or a date-time with offset. Relative dates (\"on Friday\", \"last week\") resolve against it.",
  }),
  timeZone: z
    .string()
    .trim()
    .refine(isTimeZone, "Use a time zone name such as Europe/Moscow or America/New_York.")
    .optional()
    .meta({ description: "The publisher's time zone (IANA name), when known." }),
  url: sourceSchema.shape.url.optional().meta({ description: "The article's address; accepted candidates cite it as their source." }),
  publisher: z.string().trim().max(LIMITS.publisher).optional().meta({ description: "Who published it, e.g. Reuters." }),
});
export type ArticleInput = z.infer<typeof articleInput>;

// The shapes of events, shared by the studio's forms and the API (one schema per shape).
import { z } from "zod";

export const EVENT_STATUSES = ["draft", "in_review", "changes_requested", "approved", "rejected", "retracted"] as const;
export const REVIEW_DECISIONS = ["approve", "request_changes", "reject"] as const;
export const DATE_PRECISIONS = ["day", "month"] as const;

/** The most items the review queue and "my drafts" return (a full list reads "100+"). */
export const LIST_CAPS = { reviewQueue: 100, myDrafts: 200 } as const;

export const LIMITS = { title: 300, summary: 4000, url: 2000, publisher: 200, quote: 2000, note: 1000, sources: 10 } as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** At most `places` decimals, tolerant of binary floating point (1.1 * 10 is 11.000000000000002). */
const hasDecimals = (places: number) => (n: number) => Math.abs(n * 10 ** places - Math.round(n * 10 ** places)) < 1e-6;

/** A calendar day "YYYY-MM-DD" that exists. */
export const daySchema = z
  .string()
  .regex(isoDay, "Use the form YYYY-MM-DD.")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    message: "This day does not exist.",
  });

function tomorrowUtc(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** An event's day: from 1900 to tomorrow (UTC), so a time-zone edge never refuses today's news. */
export const eventDaySchema = daySchema.refine((d) => d >= "1900-01-01" && d <= tomorrowUtc(), {
  message: "The date must be between 1900-01-01 and tomorrow.",
});

// PostgreSQL cannot store a NUL character in text: refused here, it is a 400 naming the field, not a 500.
const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .refine((t) => !t.includes("\u0000"), `${label} contains an invisible null character (U+0000); remove it.`);

export const actorCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3,5}$/, "Pick an actor: a three-letter country code or an organisation code.");

export const cameoCodeSchema = z.string().trim().regex(/^\d{2,4}$/, "Pick a CAMEO code (two to four digits).");

export const sourceSchema = z.object({
  url: z
    .string()
    .trim()
    .max(LIMITS.url, `A URL can be at most ${LIMITS.url} characters.`)
    .refine((u) => {
      try {
        return ["http:", "https:"].includes(new URL(u).protocol);
      } catch {
        return false;
      }
    }, "Use a web address starting with http:// or https://."),
  publisher: text(LIMITS.publisher, "The publisher").optional(),
  publishedAt: daySchema.optional(),
  quote: text(LIMITS.quote, "The quote").optional(),
});
export type SourceInput = z.infer<typeof sourceSchema>;

const intensitySchema = z
  .number()
  .min(-10, "Intensity runs from −10 to +10.")
  .max(10, "Intensity runs from −10 to +10.")
  .refine(hasDecimals(1), "Use at most one decimal place.");

const reasonText = text(LIMITS.note, "The reason");
const summaryText = text(LIMITS.summary, "The summary");

/** Every field of a revision, before the check that pairs two different actors. */
const eventFieldsObject = z.object({
  source: actorCodeSchema.meta({ description: "Actor code of who acted: a country's ISO 3166 alpha-3 code (RUS) or an organisation's code." }),
  target: actorCodeSchema.meta({ description: "Actor code of who was acted on (USA); not the source." }),
  date: eventDaySchema.meta({ description: "The day it happened (YYYY-MM-DD), from 1900 to tomorrow." }),
  datePrecision: z.enum(DATE_PRECISIONS).default("day").meta({ description: "month when only the month is known (the day is then taken as the 1st)." }),
  code: cameoCodeSchema.meta({ description: "The CAMEO event code (two to four digits), e.g. 042 for a visit, 190 for conventional military force." }),
  /** Omitted: the code's Goldstein value. A different value needs a reason. */
  intensity: intensitySchema.optional().meta({ description: "−10 to +10, one decimal. Omitted: the code's Goldstein value; another value needs intensityReason." }),
  intensityReason: reasonText.optional().meta({ description: "Why the intensity departs from the code's Goldstein value." }),
  weight: z
    .number()
    .gt(0, "Weight must be above 0.")
    .max(1, "Weight can be at most 1.")
    .refine(hasDecimals(3), "Use at most three decimal places.")
    .default(1)
    .meta({ description: "How much the event counts, above 0 to 1 (default 1), e.g. 0.5 for a report only one source carries." }),
  title: text(LIMITS.title, "The title").min(3, "Give the event a title of at least 3 characters.").meta({ description: "A one-line headline." }),
  summary: summaryText.optional().meta({ description: "What happened, in a few sentences." }),
  sources: z
    .array(sourceSchema)
    .min(1, "Add at least one source.")
    .max(LIMITS.sources, `At most ${LIMITS.sources} sources.`)
    .meta({ description: `The reports it is based on, 1 to ${LIMITS.sources}.` }),
});

/** What an editor writes: every field of a revision. */
export const eventFieldsSchema = eventFieldsObject.refine((e) => e.source !== e.target, {
  message: "An actor cannot be paired with itself.",
  path: ["target"],
});
export type EventFields = z.infer<typeof eventFieldsSchema>;
export type EventFieldsInput = z.input<typeof eventFieldsSchema>;

/**
 * A change to some fields (a JSON merge patch, RFC 7396): fields left out keep their value, and
 * null clears an optional one (intensity null goes back to the code's Goldstein value). The
 * result is checked as a whole with eventFieldsSchema.
 */
export const eventFieldsPatchSchema = eventFieldsObject
  .omit({ datePrecision: true, weight: true, intensity: true, intensityReason: true, summary: true })
  .partial()
  .extend({
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    weight: eventFieldsObject.shape.weight.unwrap().optional(),
    intensity: intensitySchema.nullable().optional(),
    intensityReason: reasonText.nullable().optional(),
    summary: summaryText.nullable().optional(),
  });
export type EventFieldsPatch = z.infer<typeof eventFieldsPatchSchema>;

/** Whether an intensity departs from the code's Goldstein value (methodology.md: "unless an
 * editor overrides it with a written reason"). */
export function isIntensityOverride(intensity: number | undefined, goldstein: number | undefined): boolean {
  return goldstein !== undefined && intensity !== undefined && Number.isFinite(intensity) && Math.abs(intensity - goldstein) > 1e-9;
}

/** The message for an override without a reason, or null when none is needed or one is given. */
export function missingReasonMessage(intensity: number | undefined, goldstein: number | undefined, reason: string | undefined): string | null {
  return isIntensityOverride(intensity, goldstein) && !reason?.trim()
    ? `Say why the intensity differs from the code's Goldstein value (${goldstein}).`
    : null;
}

export const changeNoteSchema = text(LIMITS.note, "The change note").optional();

export const createEventInput = z.object({ event: eventFieldsSchema, changeNote: changeNoteSchema });

/** `baseRevision`: the head revision number the editor started from (stale → conflict). */
export const updateEventInput = z.object({
  id: z.uuid("Unknown event."),
  baseRevision: z.number().int().positive(),
  event: eventFieldsSchema,
  changeNote: changeNoteSchema,
});

export const eventActionInput = z.object({ id: z.uuid("Unknown event."), baseRevision: z.number().int().positive() });

export const reviewInput = z.object({
  id: z.uuid("Unknown event."),
  revision: z.number().int().positive().meta({ description: "The revision in review, the one you read." }),
  decision: z.enum(REVIEW_DECISIONS).meta({ description: "approve, request_changes (back to its editors) or reject." }),
  comment: text(LIMITS.note, "The comment").min(1, "Say why, in a comment.").meta({ description: "Why, for the editors and the record." }),
});

export const retractInput = eventActionInput.extend({
  reason: text(LIMITS.note, "The reason").min(3, "Give the reason for the retraction."),
});

export const commentInput = z.object({
  id: z.uuid("Unknown event."),
  body: text(LIMITS.note, "The comment").min(1, "Write a comment."),
});

export const eventListInput = z.object({
  status: z.enum(EVENT_STATUSES).optional(),
  dyad: z.string().trim().toLowerCase().regex(/^[a-z]{3,5}-[a-z]{3,5}$/, "A dyad slug looks like rus-usa.").optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  code: cameoCodeSchema.optional(),
  author: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type EventListInput = z.input<typeof eventListInput>;

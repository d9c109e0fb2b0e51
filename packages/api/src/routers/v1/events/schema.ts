// The Event of the REST API (issue 6's contract: these field names are fixed), and how the public
// record of an event becomes one.
import { z } from "zod";
import type { EventDetail } from "../../../domain/events/dto";
import type { publicEventFacts } from "../../../domain/events/published";
import { DATE_PRECISIONS, EVENT_STATUSES } from "../../../schemas/event";

export const apiEventSchema = z
  .object({
    id: z.uuid(),
    revision: z.number().int().meta({ description: "The revision shown; every change makes a new one. Send it back as If-Match to change the event." }),
    status: z.enum(EVENT_STATUSES).meta({
      description: "Published events are approved, or retracted by a later release; a working copy is in any state of the review workflow.",
    }),
    source: z.string().meta({ description: "Actor code of who acted, e.g. RUS." }),
    target: z.string().meta({ description: "Actor code of who was acted on, e.g. USA." }),
    dyad: z.string().meta({ description: "The dyad's slug, e.g. rus-usa." }),
    date: z.string().meta({ description: "The day (YYYY-MM-DD); with datePrecision month, the 1st of the month." }),
    datePrecision: z.enum(DATE_PRECISIONS),
    code: z.string().meta({ description: "CAMEO event code." }),
    intensity: z.number().meta({ description: "−10 (most hostile) to +10 (most cooperative), as the release computed with it." }),
    intensityReason: z.string().optional().meta({ description: "Why the editors departed from the code's Goldstein value." }),
    weight: z.number().meta({ description: "0 to 1: how much the event counts." }),
    title: z.string(),
    summary: z.string().optional(),
    sources: z.array(
      z.object({
        url: z.string(),
        publisher: z.string().optional(),
        publishedAt: z.string().optional().meta({ description: "YYYY-MM-DD" }),
        quote: z.string().optional().meta({ description: "The sentence that reports the event." }),
      }),
    ),
    createdAt: z.string().meta({ description: "When the event was first recorded (ISO 8601)." }),
    updatedAt: z.string().meta({ description: "When the revision shown was written (ISO 8601)." }),
  })
  .meta({
    id: "Event",
    description: "A political event between two actors: as a published release includes it, or (working copies and writes) as its editors last saved it.",
  });
export type ApiEvent = z.infer<typeof apiEventSchema>;

/** Optional fields are left out rather than null, as the contract writes them. */
const present = <T>(value: T | null) => value ?? undefined;

type Nullable<T> = { [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };
type EventFacts = Omit<Nullable<ApiEvent>, "sources"> & { sources: Nullable<ApiEvent["sources"][number]>[] };

function apiEventOf(e: EventFacts): ApiEvent {
  return {
    ...e,
    intensityReason: present(e.intensityReason),
    summary: present(e.summary),
    sources: e.sources.map((s) => ({ url: s.url, publisher: present(s.publisher), publishedAt: present(s.publishedAt), quote: present(s.quote) })),
  };
}

/** An event as a published release includes it. */
export function toApiEvent(e: ReturnType<typeof publicEventFacts>, status: ApiEvent["status"]): ApiEvent {
  return apiEventOf({
    id: e.id,
    revision: e.revision,
    status,
    source: e.source.code,
    target: e.target.code,
    dyad: e.dyad.slug,
    date: e.date,
    datePrecision: e.datePrecision,
    code: e.cameo.code,
    intensity: e.intensity,
    intensityReason: e.intensityReason,
    weight: e.weight,
    title: e.title,
    summary: e.summary,
    sources: e.sources,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });
}

/** An event as its editors work on it: the head revision, in the event's current status. */
export function toWorkingApiEvent(e: EventDetail): ApiEvent {
  const head = e.revisions.find((r) => r.number === e.headNumber)!;
  return apiEventOf({
    id: e.id,
    revision: head.number,
    status: e.status,
    source: head.source.code,
    target: head.target.code,
    dyad: e.dyad.slug,
    date: head.date,
    datePrecision: head.datePrecision,
    code: head.code,
    intensity: head.intensity,
    intensityReason: head.intensityReason,
    weight: head.weight,
    title: head.title,
    summary: head.summary,
    sources: head.sources,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });
}

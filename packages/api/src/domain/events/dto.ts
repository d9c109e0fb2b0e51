// What the API returns about events: response schemas and the mapping from database rows.
import type { Prisma } from "@rti/db";
import { z } from "zod";
import { DATE_PRECISIONS, EVENT_STATUSES, REVIEW_DECISIONS } from "../../schemas/event";

const person = z.object({ id: z.string(), name: z.string() });
const actor = z.object({ code: z.string(), name: z.string() });

export const reviewSchema = z.object({
  id: z.string(),
  decision: z.enum(REVIEW_DECISIONS),
  comment: z.string(),
  reviewer: person,
  createdAt: z.string(),
});

export const revisionSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  author: person,
  createdAt: z.string(),
  changeNote: z.string().nullable(),
  source: actor,
  target: actor,
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  code: z.string(),
  codeName: z.string(),
  goldstein: z.number(),
  intensity: z.number(),
  intensityReason: z.string().nullable(),
  weight: z.number(),
  title: z.string(),
  summary: z.string().nullable(),
  sources: z.array(
    z.object({ url: z.string(), publisher: z.string().nullable(), publishedAt: z.string().nullable(), quote: z.string().nullable() }),
  ),
  reviews: z.array(reviewSchema),
});
export type RevisionDto = z.infer<typeof revisionSchema>;

export const eventDetailSchema = z.object({
  id: z.string(),
  status: z.enum(EVENT_STATUSES),
  dyad: z.object({ slug: z.string(), actorA: actor, actorB: actor }),
  headNumber: z.number().int(),
  approvedNumber: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  retractedAt: z.string().nullable(),
  retractionReason: z.string().nullable(),
  /** Oldest first. */
  revisions: z.array(revisionSchema),
  comments: z.array(
    z.object({ id: z.string(), author: person, body: z.string(), createdAt: z.string(), revisionNumber: z.number().int().nullable() }),
  ),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const eventListItemSchema = z.object({
  id: z.string(),
  status: z.enum(EVENT_STATUSES),
  date: z.string(),
  title: z.string(),
  code: z.string(),
  dyad: z.string(),
  headNumber: z.number().int(),
  headAuthor: person,
  inForce: z.boolean(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type EventListItem = z.infer<typeof eventListItemSchema>;

export const day = (d: Date) => d.toISOString().slice(0, 10);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const revisionInclude = {
  author: { select: { id: true, name: true } },
  source: true,
  target: true,
  cameo: true,
  sources: { orderBy: { position: "asc" } },
  reviews: { include: { reviewer: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.EventRevisionInclude;

type RevisionRow = Prisma.EventRevisionGetPayload<{ include: typeof revisionInclude }>;

export function toRevisionDto(r: RevisionRow): RevisionDto {
  return {
    id: r.id,
    number: r.number,
    author: r.author,
    createdAt: r.createdAt.toISOString(),
    changeNote: r.changeNote,
    source: { code: r.source.code, name: r.source.name },
    target: { code: r.target.code, name: r.target.name },
    date: day(r.date),
    datePrecision: r.datePrecision,
    code: r.cameoCode,
    codeName: r.cameo.name,
    goldstein: r.cameo.goldstein.toNumber(),
    intensity: r.intensity.toNumber(),
    intensityReason: r.intensityReason,
    weight: r.weight.toNumber(),
    title: r.title,
    summary: r.summary,
    sources: r.sources.map((s) => ({ url: s.url, publisher: s.publisher, publishedAt: s.publishedAt ? day(s.publishedAt) : null, quote: s.quote })),
    reviews: r.reviews.map((v) => ({ id: v.id, decision: v.decision, comment: v.comment, reviewer: v.reviewer, createdAt: v.createdAt.toISOString() })),
  };
}

export const eventDetailInclude = {
  dyad: { include: { a: true, b: true } },
  revisions: { include: revisionInclude, orderBy: { number: "asc" } },
  comments: { include: { author: { select: { id: true, name: true } }, revision: { select: { number: true } } }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.EventInclude;

type EventRow = Prisma.EventGetPayload<{ include: typeof eventDetailInclude }>;

export function toEventDetail(e: EventRow): EventDetail {
  const approved = e.revisions.find((r) => r.id === e.approvedRevisionId);
  return {
    id: e.id,
    status: e.status,
    dyad: { slug: e.dyad.slug, actorA: { code: e.dyad.a.code, name: e.dyad.a.name }, actorB: { code: e.dyad.b.code, name: e.dyad.b.name } },
    headNumber: e.headNumber,
    approvedNumber: approved?.number ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    submittedAt: iso(e.submittedAt),
    retractedAt: iso(e.retractedAt),
    retractionReason: e.retractionReason,
    revisions: e.revisions.map(toRevisionDto),
    comments: e.comments.map((c) => ({
      id: c.id,
      author: c.author,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      revisionNumber: c.revision?.number ?? null,
    })),
  };
}

import type { Prisma } from "@rti/db";
import { z } from "zod";
import { eventListItemSchema, day } from "../../domain/events/dto";
import { DomainError } from "../../errors";
import { eventListInput } from "../../schemas/event";
import { signedInProcedure } from "../../trpc";

export const eventPageSchema = z.object({ items: z.array(eventListItemSchema), nextCursor: z.string().nullable() });

// Keyset paging on (date, id), newest first: each page costs the same however deep it is.
const encodeCursor = (date: Date, id: string) => Buffer.from(`${day(date)}|${id}`).toString("base64url");
function decodeCursor(cursor: string): { date: Date; id: string } {
  const [d, id] = Buffer.from(cursor, "base64url").toString().split("|");
  if (!d || !id || Number.isNaN(Date.parse(d))) throw new DomainError("INVALID_INPUT", "This page link is not valid; start from the first page.");
  return { date: new Date(`${d}T00:00:00Z`), id };
}

export const eventListSelect = {
  id: true,
  status: true,
  date: true,
  title: true,
  cameoCode: true,
  headNumber: true,
  approvedRevisionId: true,
  updatedAt: true,
  submittedAt: true,
  dyad: { select: { slug: true } },
  headAuthor: { select: { id: true, name: true } },
} satisfies Prisma.EventSelect;

export function toListItem(e: Prisma.EventGetPayload<{ select: typeof eventListSelect }>) {
  return {
    id: e.id,
    status: e.status,
    date: day(e.date),
    title: e.title,
    code: e.cameoCode,
    dyad: e.dyad.slug,
    headNumber: e.headNumber,
    headAuthor: e.headAuthor,
    inForce: e.approvedRevisionId !== null && e.status !== "retracted",
    updatedAt: e.updatedAt.toISOString(),
    submittedAt: e.submittedAt?.toISOString() ?? null,
  };
}

/** The studio's events table: filters, search on titles, newest first, cursor paging. */
export const list = signedInProcedure
  .input(eventListInput)
  .output(eventPageSchema)
  .query(async ({ ctx, input }) => {
    const cursor = input.cursor ? decodeCursor(input.cursor) : null;
    const where: Prisma.EventWhereInput = {
      status: input.status,
      dyad: input.dyad ? { slug: input.dyad } : undefined,
      date: input.from || input.to ? { gte: input.from ? new Date(input.from) : undefined, lte: input.to ? new Date(input.to) : undefined } : undefined,
      cameoCode: input.code ? { startsWith: input.code } : undefined,
      headAuthorId: input.author,
      title: input.q ? { contains: input.q, mode: "insensitive" } : undefined,
      AND: cursor ? [{ OR: [{ date: { lt: cursor.date } }, { date: cursor.date, id: { lt: cursor.id } }] }] : undefined,
    };
    const rows = await ctx.db.event.findMany({
      where,
      select: eventListSelect,
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: input.limit + 1,
    });
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return { items: page.map(toListItem), nextCursor: rows.length > input.limit && last ? encodeCursor(last.date, last.id) : null };
  });

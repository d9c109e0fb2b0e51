import { z } from "zod";
import { DomainError } from "../../errors";
import { adminProcedure } from "../../trpc";

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  meta: z.unknown(),
});

/** The audit trail, newest first, filterable by action prefix, entity or person. */
export const auditLog = adminProcedure
  .input(
    z.object({
      action: z.string().max(100).optional(),
      entityId: z.string().max(100).optional(),
      actorEmail: z.string().max(320).optional(),
      cursor: z.string().regex(/^\d+$/, "Not a valid page link.").optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  )
  .output(z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    if (input.cursor && BigInt(input.cursor) < 1n) throw new DomainError("INVALID_INPUT", "Not a valid page link.");
    const rows = await ctx.db.auditLog.findMany({
      where: {
        action: input.action ? { startsWith: input.action } : undefined,
        entityId: input.entityId,
        actorEmail: input.actorEmail ? { equals: input.actorEmail, mode: "insensitive" } : undefined,
        id: input.cursor ? { lt: BigInt(input.cursor) } : undefined,
      },
      orderBy: { id: "desc" },
      take: input.limit + 1,
    });
    const page = rows.slice(0, input.limit);
    return {
      items: page.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() })),
      nextCursor: rows.length > input.limit ? (page.at(-1)?.id.toString() ?? null) : null,
    };
  });

import { dayString } from "@rti/engine";
import { queryable } from "@rti/db";
import { z } from "zod";
import { dyadIdOf } from "../../domain/releases/read";
import { readSeries } from "../../domain/releases/series-store";
import { releaseIdInput } from "../../schemas/release";
import { publisherProcedure } from "../../trpc";

/** A dyad's series in a draft and in the previous published release, for the before/after chart. */
export const draftSeries = publisherProcedure
  .input(releaseIdInput.extend({ dyad: z.string().trim().toLowerCase().regex(/^[a-z]{3,5}-[a-z]{3,5}$/, "A dyad slug looks like rus-usa.") }))
  .output(z.object({ draft: z.array(z.object({ date: z.string(), value: z.number() })), previous: z.array(z.object({ date: z.string(), value: z.number() })) }))
  .query(async ({ ctx, input }) => {
    const dyadId = await dyadIdOf(ctx.db, input.dyad);
    const draftRelease = await ctx.db.release.findUniqueOrThrow({ where: { id: input.id }, select: { changelog: true } });
    const previousId = (draftRelease.changelog as { previous: { id: string } | null }).previous?.id;
    const simplify = (ps: { day: number; value: number }[]) => ps.map((p) => ({ date: dayString(p.day), value: p.value }));
    return {
      draft: simplify(await readSeries(queryable(ctx.db), input.id, dyadId)),
      previous: previousId ? simplify(await readSeries(queryable(ctx.db), previousId, dyadId)) : [],
    };
  });

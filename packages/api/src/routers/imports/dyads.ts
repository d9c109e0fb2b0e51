import { z } from "zod";
import { importDyadCounts } from "../../domain/imports/dyad-counts";
import { getImport } from "../../domain/imports/jobs";
import { editorProcedure } from "../../trpc";
import { importIdInput } from "./schema";

const actor = z.object({ code: z.string(), name: z.string() });

/** The events an import created, counted per dyad (most first). */
export const dyads = editorProcedure
  .input(importIdInput)
  .output(z.array(z.object({ dyad: z.string(), actorA: actor, actorB: actor, events: z.number().int() })))
  .query(async ({ ctx, input }) => {
    await getImport(ctx.db, input.id); // NOT_FOUND for an unknown import
    return importDyadCounts(ctx.db, input.id);
  });

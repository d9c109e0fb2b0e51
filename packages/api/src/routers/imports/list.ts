import { z } from "zod";
import { importJobSummarySchema } from "../../domain/imports/dto";
import { listImports } from "../../domain/imports/jobs";
import { editorProcedure } from "../../trpc";
import { importListInput } from "./schema";

/** Imports, newest first, by anyone on the team; `status` narrows them (e.g. running). */
export const list = editorProcedure
  .input(importListInput.default({ limit: 25 }))
  .output(z.object({ items: z.array(importJobSummarySchema), nextCursor: z.string().nullable() }))
  .query(({ ctx, input }) => listImports(ctx.db, input));

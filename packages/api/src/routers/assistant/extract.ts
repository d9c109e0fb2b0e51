import { extractFromArticle } from "../../domain/assistant/extract";
import { articleInput } from "../../schemas/assistant";
import { editorProcedure } from "../../trpc";
import { extractionSchema } from "./schema";

/** The article assistant: candidate events in an article, for an editor to accept, edit or drop. */
export const extract = editorProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/extract",
      tags: ["events"],
      summary: "Find events in an article",
      description:
        "Reads a news article and proposes candidate events: the day (resolved against the publication date, past tense backwards), the two actors (countries by name, demonym, capital, institution or leader), a CAMEO code with its Goldstein intensity and the alternatives considered, and the sentence that is the evidence. Nothing is saved: draft the ones you accept with `POST /events`. Rule-based, no network model.",
      successDescription: "The candidates, in the order of the text",
      errorResponses: { 400: "A field is not valid (each is named)", 401: "No or an unknown API key", 403: "The key's owner is not an editor" },
    },
  })
  .input(articleInput)
  .output(extractionSchema)
  .mutation(async ({ ctx, input }) => ({ candidates: await extractFromArticle(ctx.db, input) }));

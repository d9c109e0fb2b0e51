// A candidate event as the assistant answers it (issue 6's extraction contract, plus what the
// studio shows beside it).
import { z } from "zod";
import { DATE_PRECISIONS, EVENT_STATUSES } from "../../schemas/event";

const option = z.object({ code: z.string(), name: z.string(), intensity: z.number() });

export const candidateSchema = z
  .object({
    date: z.string().meta({ description: "The day (YYYY-MM-DD) the sentence's date resolves to against the publication date." }),
    datePrecision: z.enum(DATE_PRECISIONS),
    certainty: z.number().meta({ description: "0 to 1: how sure the day is (an explicit date is near 1; no date in the text, so the publication day, is low)." }),
    dateText: z.string().nullable().meta({ description: 'The words the day came from ("on Wednesday"), or null.' }),
    source: z.string().meta({ description: "Actor code of who acted." }),
    target: z.string().meta({ description: "Actor code of who was acted on." }),
    dyad: z.string(),
    code: z.string().meta({ description: "The suggested CAMEO code." }),
    codeName: z.string(),
    intensity: z.number().meta({ description: "The code's Goldstein value." }),
    alternatives: z.array(option).meta({ description: "Other codes considered, best first." }),
    title: z.string().meta({ description: "A suggested headline." }),
    evidence: z
      .object({ text: z.string(), start: z.number().int(), end: z.number().int() })
      .meta({ description: "The sentence that reports it, with its offsets in the text as sent (UTF-16 code units, as JavaScript counts them)." }),
    existing: z
      .array(z.object({ id: z.string(), title: z.string(), status: z.enum(EVENT_STATUSES), code: z.string() }))
      .meta({ description: "Events already recorded for the same dyad, day and root code: probably this one." }),
  })
  .meta({ id: "Candidate" });

export const extractionSchema = z.object({ candidates: z.array(candidateSchema) });

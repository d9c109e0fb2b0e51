// A change to some of an event's fields (PATCH /events/{id}), applied to the revision it was based
// on and checked as a whole, as if the editor had sent every field.
import { DomainError } from "../../errors";
import { eventFieldsSchema, type EventFields, type EventFieldsPatch } from "../../schemas/event";
import { fieldErrorsOf } from "../../schemas/field-errors";
import type { RevisionDto } from "./dto";

const orUndefined = <T>(value: T | null | undefined) => value ?? undefined;

/** The fields a revision was saved with, as an editor would send them. */
function fieldsOf(r: RevisionDto) {
  return {
    source: r.source.code,
    target: r.target.code,
    date: r.date,
    datePrecision: r.datePrecision,
    code: r.code,
    // An intensity that was not an editor's override is the code's Goldstein value: leave it to follow the code.
    intensity: r.intensityReason === null ? undefined : r.intensity,
    intensityReason: orUndefined(r.intensityReason),
    weight: r.weight,
    title: r.title,
    summary: orUndefined(r.summary),
    sources: r.sources.map((s) => ({ url: s.url, publisher: orUndefined(s.publisher), publishedAt: orUndefined(s.publishedAt), quote: orUndefined(s.quote) })),
  };
}

/** The patch laid over `base` (fields left out keep their value, null clears one), checked. */
export function applyEventPatch(base: RevisionDto, patch: EventFieldsPatch): EventFields {
  const merged: Record<string, unknown> = fieldsOf(base);
  for (const [field, value] of Object.entries(patch)) if (value !== undefined) merged[field] = value ?? undefined;
  const parsed = eventFieldsSchema.safeParse(merged);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw new DomainError("INVALID_INPUT", Object.values(fieldErrors).flat().join(" "), { fieldErrors });
  }
  return parsed.data;
}

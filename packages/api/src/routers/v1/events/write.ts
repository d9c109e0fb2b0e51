// What the REST API's writes to events share: the workflow's refusals under the body's own field
// names, and the answer, the event's working copy with its revision as ETag.
import type { Context } from "../../../context";
import type { EventDetail } from "../../../domain/events/dto";
import { DomainError } from "../../../errors";
import { respondWithRevision } from "../../../rest/revision";
import { toWorkingApiEvent, type ApiEvent } from "./schema";

/** The workflow names fields as the studio's input does ("event.title"); the REST body has them at the top. */
function asBodyFields(error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.fieldErrors) return error;
  const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field.replace(/^event\./, ""), messages]));
  return new DomainError(error.domainCode, error.message, { fieldErrors, details: error.details, cause: error.cause });
}

export async function writeEvent(ctx: Context, write: () => Promise<EventDetail>): Promise<ApiEvent> {
  let event: EventDetail;
  try {
    event = await write();
  } catch (error) {
    throw asBodyFields(error);
  }
  respondWithRevision(ctx, event.headNumber);
  return toWorkingApiEvent(event);
}

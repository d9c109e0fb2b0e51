// Checks the form in the browser with the very schemas the API parses, so a message seen here
// is the one the server would send.
import { createEventInput, fieldErrorsOf, missingReasonMessage, updateEventInput, type FieldErrors } from "@rti/api/schemas";
import type { z } from "zod";
import { eventInputOf, given, numberOrUndefined, type FormValues } from "./form-values";

export type CreateInput = z.input<typeof createEventInput>;
export type UpdateInput = z.input<typeof updateEventInput>;

/** The API nests an event's fields under "event."; the form names them without it. */
export function formFieldErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) (out[key.replace(/^event\./, "")] ??= []).push(...messages);
  return out;
}

function check(schema: z.ZodType, input: unknown, values: FormValues, goldstein: number | undefined): FieldErrors {
  const result = schema.safeParse(input);
  const errors = result.success ? {} : formFieldErrors(fieldErrorsOf(result.error));
  // The API checks this against the code it looks up; the form knows the code already.
  const missingReason = missingReasonMessage(numberOrUndefined(values.intensity), goldstein, given(values.intensityReason));
  if (missingReason) errors.intensityReason ??= [missingReason];
  return errors;
}

type Checked<T> = { input: T; errors: FieldErrors };

export function checkCreate(values: FormValues, goldstein: number | undefined): Checked<CreateInput> {
  const input = { event: eventInputOf(values, goldstein), changeNote: given(values.changeNote) };
  return { input, errors: check(createEventInput, input, values, goldstein) };
}

export function checkUpdate(values: FormValues, goldstein: number | undefined, id: string, baseRevision: number): Checked<UpdateInput> {
  const input = { id, baseRevision, event: eventInputOf(values, goldstein), changeNote: given(values.changeNote) };
  return { input, errors: check(updateEventInput, input, values, goldstein) };
}

// Validation messages keyed by the dotted path of the field they belong to ("title",
// "sources.0.url"), the one shape both the API's error body and the studio's forms use.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

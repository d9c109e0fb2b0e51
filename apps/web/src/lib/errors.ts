// Reading the API's errors in the browser: the message for people, field messages for forms,
// and the details (such as the current revision after a conflict).
import type { FieldErrors } from "@rti/api/schemas";
import { TRPCClientError } from "@trpc/client";

export interface ApiProblem {
  message: string;
  code: string | undefined;
  fieldErrors: FieldErrors;
  details: Record<string, unknown> | undefined;
}

export function apiProblem(error: unknown): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as { code?: string; fieldErrors?: FieldErrors; details?: Record<string, unknown> };
    return { message: error.message, code: data.code, fieldErrors: data.fieldErrors ?? {}, details: data.details };
  }
  return {
    message: "Could not reach the server; check your connection and try again.",
    code: undefined,
    fieldErrors: {},
    details: undefined,
  };
}

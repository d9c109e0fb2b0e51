// The one typed domain error. Procedures throw it with a domain code; the table below is the
// only place that decides which tRPC code and HTTP status each code becomes.
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { FieldErrors } from "./schemas/field-errors";

export const DOMAIN_ERRORS = {
  UNAUTHENTICATED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  METHOD_NOT_ALLOWED: { trpc: "METHOD_NOT_SUPPORTED", http: 405 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  PRECONDITION_FAILED: { trpc: "PRECONDITION_FAILED", http: 412 },
  INVALID_INPUT: { trpc: "BAD_REQUEST", http: 400 },
  PAYLOAD_TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", http: 413 },
  UNSUPPORTED_MEDIA_TYPE: { trpc: "UNSUPPORTED_MEDIA_TYPE", http: 415 },
  UNPROCESSABLE: { trpc: "UNPROCESSABLE_CONTENT", http: 422 },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

export class DomainError extends TRPCError {
  readonly domainCode: DomainErrorCode;
  /** Messages for individual input fields, keyed by dotted path ("sources.0.url"). */
  readonly fieldErrors?: FieldErrors;
  /** Facts the caller can act on, e.g. the current revision after a conflict. */
  readonly details?: Record<string, unknown>;

  constructor(
    code: DomainErrorCode,
    message: string,
    options?: { cause?: unknown; fieldErrors?: FieldErrors; details?: Record<string, unknown> },
  ) {
    super({ code: DOMAIN_ERRORS[code].trpc, message, cause: options?.cause });
    this.name = "DomainError";
    this.domainCode = code;
    this.fieldErrors = options?.fieldErrors;
    this.details = options?.details;
  }
}

/** One bad field, reported the way forms show it. */
export function invalidField(field: string, message: string): DomainError {
  return new DomainError("INVALID_INPUT", message, { fieldErrors: { [field]: [message] } });
}

// The one typed domain error. Procedures throw it with a domain code; the table below is the
// only place that decides which tRPC code and HTTP status each code becomes.
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

export const DOMAIN_ERRORS = {
  UNAUTHENTICATED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  INVALID_INPUT: { trpc: "BAD_REQUEST", http: 400 },
  UNPROCESSABLE: { trpc: "UNPROCESSABLE_CONTENT", http: 422 },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

export class DomainError extends TRPCError {
  readonly domainCode: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string, options?: { cause?: unknown }) {
    super({ code: DOMAIN_ERRORS[code].trpc, message, cause: options?.cause });
    this.name = "DomainError";
    this.domainCode = code;
  }
}

// The REST API's one error shape, `{ error: { code, message, details } }`, with the status from
// errors.ts's table. trpc-to-openapi keeps only errors named "TRPCError" and turns the rest into
// a 500, so our DomainError (named "DomainError") is looked for as the error or its cause.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { domainErrorFromDatabase } from "../domain/database-errors";
import { DOMAIN_ERRORS, DomainError, type DomainErrorCode } from "../errors";
import type { FieldErrors } from "../schemas/field-errors";

export interface RestErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

/** One refused parameter: its name as the request gave it ("release", "sources.0.url") and why. */
export interface ParameterIssue {
  parameter: string;
  message: string;
}

export function restError(code: DomainErrorCode | string, message: string, details: Record<string, unknown> = {}, headers?: HeadersInit): Response {
  const status = code in DOMAIN_ERRORS ? DOMAIN_ERRORS[code as DomainErrorCode].http : 500;
  const body: RestErrorBody = { error: { code, message, details } };
  return Response.json(body, { status, headers });
}

function invalid(issues: ParameterIssue[], details: Record<string, unknown> = {}): Response {
  const message = issues.map((i) => `${i.parameter}: ${i.message}`).join("; ");
  return restError("INVALID_INPUT", message, { ...details, issues });
}

const issuesOfFields = (fields: FieldErrors): ParameterIssue[] =>
  Object.entries(fields).flatMap(([parameter, messages]) => messages.map((message) => ({ parameter, message })));

function headersFor(error: DomainError): HeadersInit | undefined {
  if (error.domainCode === "UNAUTHENTICATED") return { "WWW-Authenticate": 'Bearer realm="rti"' };
  const retryAfter = error.details?.retryAfter;
  if (error.domainCode === "RATE_LIMITED" && typeof retryAfter === "number") return { "Retry-After": String(retryAfter) };
  // The database restarting or saturated: a few seconds is how long either usually lasts.
  if (error.domainCode === "UNAVAILABLE") return { "Retry-After": "5" };
  return undefined;
}

/** The response for anything a procedure, or the REST layer around it, threw. */
export function errorResponse(error: unknown): Response {
  const domain = error instanceof DomainError ? error : error instanceof TRPCError && error.cause instanceof DomainError ? error.cause : null;
  if (domain) {
    if (domain.domainCode === "INVALID_INPUT" && domain.fieldErrors) return invalid(issuesOfFields(domain.fieldErrors), domain.details);
    return restError(domain.domainCode, domain.message, domain.details, headersFor(domain));
  }
  if (error instanceof TRPCError && error.cause instanceof ZodError) {
    return invalid(error.cause.issues.map((i) => ({ parameter: i.path.join(".") || "body", message: i.message })));
  }
  if (error instanceof TRPCError) {
    const status = getHTTPStatusCodeFromError(error);
    if (status < 500) {
      // Refusals of trpc-to-openapi itself (a body that is not JSON…), under our code when we have one.
      const code = (Object.keys(DOMAIN_ERRORS) as DomainErrorCode[]).find((c) => DOMAIN_ERRORS[c].trpc === error.code) ?? error.code;
      return Response.json({ error: { code, message: error.message, details: {} } } satisfies RestErrorBody, { status });
    }
  }
  // The database failing outside a procedure (the key or rate-limit check before it) is no bug of ours either.
  const database = domainErrorFromDatabase(error instanceof TRPCError ? (error.cause ?? error) : error);
  if (database) return errorResponse(database);
  console.error("REST request failed:", error instanceof TRPCError ? (error.cause ?? error) : error);
  return restError("INTERNAL", "Something went wrong on our side; it has been logged.");
}

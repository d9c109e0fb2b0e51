import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { DOMAIN_ERRORS, DomainError, type DomainErrorCode } from "./errors";

describe("DomainError", () => {
  it.each(Object.keys(DOMAIN_ERRORS) as DomainErrorCode[])("%s reaches HTTP clients as its documented status", (code) => {
    const error = new DomainError(code, "message for the caller");
    expect(getHTTPStatusCodeFromError(error)).toBe(DOMAIN_ERRORS[code].http);
    expect(error.message).toBe("message for the caller");
    expect(error.domainCode).toBe(code);
  });
});

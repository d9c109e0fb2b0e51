import { TRPCError } from "@trpc/server";

/** Whether the API refused with one of these codes. */
export const isApiError = (error: unknown, ...codes: TRPCError["code"][]): error is TRPCError => error instanceof TRPCError && codes.includes(error.code);

/** The API's answer for an address that names nothing public: unknown (NOT_FOUND) or malformed (BAD_REQUEST). */
export const isNotFound = (error: unknown) => isApiError(error, "NOT_FOUND", "BAD_REQUEST");

import { TRPCError } from "@trpc/server";

/** The API's answer for an address that names nothing public: unknown (NOT_FOUND) or malformed (BAD_REQUEST). */
export const isNotFound = (error: unknown) => error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST");

import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { getQueryClient, trpc } from "~/trpc/server";

/** Postgres integers; anything else in the address cannot be a release. */
const NUMBER = /^[1-9]\d{0,8}$/;

/** The published release with this number for this request, or null for a malformed or unknown number. */
export const loadPublishedRelease = cache(async (param: string) => {
  if (!NUMBER.test(param)) return null;
  try {
    return await getQueryClient().fetchQuery(trpc.release.get.queryOptions({ number: Number(param) }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

"use client";
// The actors and CAMEO codes the pickers offer; prefetched by the page, and fixed while it is open.
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export function useReference() {
  const trpc = useTRPC();
  const { data: actors } = useSuspenseQuery(trpc.reference.actors.queryOptions(undefined, { staleTime: Infinity }));
  const { data: codes } = useSuspenseQuery(trpc.reference.cameoCodes.queryOptions(undefined, { staleTime: Infinity }));
  return { actors, codes };
}

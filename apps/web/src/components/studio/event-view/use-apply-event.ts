"use client";
import type { EventDetail } from "@rti/api";
import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/**
 * Puts an event returned by a mutation into the cache and marks every other event query
 * (lists, queue, drafts) stale, so they refetch when next shown; the page in view keeps the
 * fresh answer without a second request.
 */
export function useApplyEvent() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (detail: EventDetail) => {
    void queryClient.invalidateQueries({ queryKey: trpc.event.pathKey(), refetchType: "none" });
    queryClient.setQueryData(trpc.event.get.queryKey({ id: detail.id }), detail);
  };
}

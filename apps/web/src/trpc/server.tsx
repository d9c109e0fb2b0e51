// Server components call procedures in-process (no HTTP) and hand the results to client
// components through the hydrated React Query cache.
import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { appRouter, createContextFromHeaders } from "@rti/api";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { makeQueryClient } from "./query-client";

export const getQueryClient = cache(makeQueryClient);

const createContext = cache(async () => createContextFromHeaders(await headers()));

export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: appRouter, queryClient: getQueryClient });

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

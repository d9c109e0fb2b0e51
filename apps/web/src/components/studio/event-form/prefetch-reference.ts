import "server-only";
import { getQueryClient, trpc } from "~/trpc/server";

/** Loads the pickers' lists into the cache the page hands to the browser. */
export async function prefetchReference(): Promise<void> {
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.reference.actors.queryOptions()),
    queryClient.prefetchQuery(trpc.reference.cameoCodes.queryOptions()),
  ]);
}

import { appRouter, createContextFromHeaders } from "@rti/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async ({ resHeaders }) => ({ ...(await createContextFromHeaders(req.headers)), resHeaders }),
    onError({ error, path }) {
      // Expected refusals are the caller's business; only real failures belong in the log.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };

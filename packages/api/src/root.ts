// The whole API: one router per domain, composed here and nowhere else.
import { router } from "./trpc";
import { dyadRouter } from "./routers/dyad";
import { systemRouter } from "./routers/system";
import { viewerRouter } from "./routers/viewer";

export const appRouter = router({
  dyad: dyadRouter,
  system: systemRouter,
  viewer: viewerRouter,
});

export type AppRouter = typeof appRouter;

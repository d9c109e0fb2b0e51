// The whole API: one router per domain, composed here and nowhere else.
import { router } from "./trpc";
import { adminRouter } from "./routers/admin";
import { dyadRouter } from "./routers/dyad";
import { eventRouter } from "./routers/event";
import { methodologyRouter } from "./routers/methodology";
import { releaseRouter } from "./routers/release";
import { referenceRouter } from "./routers/reference";
import { systemRouter } from "./routers/system";
import { viewerRouter } from "./routers/viewer";

export const appRouter = router({
  admin: adminRouter,
  dyad: dyadRouter,
  event: eventRouter,
  methodology: methodologyRouter,
  release: releaseRouter,
  reference: referenceRouter,
  system: systemRouter,
  viewer: viewerRouter,
});

export type AppRouter = typeof appRouter;

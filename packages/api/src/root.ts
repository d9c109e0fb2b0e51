// The whole API: one router per domain, composed here and nowhere else.
import { router } from "./trpc";
import { adminRouter } from "./routers/admin";
import { apiKeyRouter } from "./routers/apiKey";
import { assistantRouter } from "./routers/assistant";
import { dyadRouter } from "./routers/dyad";
import { eventRouter } from "./routers/event";
import { importRouter } from "./routers/imports";
import { methodologyRouter } from "./routers/methodology";
import { releaseRouter } from "./routers/release";
import { referenceRouter } from "./routers/reference";
import { systemRouter } from "./routers/system";
import { v1Router } from "./routers/v1";
import { viewerRouter } from "./routers/viewer";

export const appRouter = router({
  admin: adminRouter,
  apiKey: apiKeyRouter,
  assistant: assistantRouter,
  dyad: dyadRouter,
  event: eventRouter,
  imports: importRouter,
  methodology: methodologyRouter,
  release: releaseRouter,
  reference: referenceRouter,
  system: systemRouter,
  viewer: viewerRouter,
  v1: v1Router,
});

export type AppRouter = typeof appRouter;

// Route handlers for /api/auth/*, resolved per request: the auth instance needs the database,
// which `next build` does not have.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "./auth";

export const authRouteHandlers = {
  GET: (req: Request) => toNextJsHandler(getAuth()).GET(req),
  POST: (req: Request) => toNextJsHandler(getAuth()).POST(req),
};

import { appRouter, createCallerFactory } from "@rti/api";
import { getDb } from "@rti/db";

export const dynamic = "force-dynamic";

/** Database reachability and the applied migration; 503 when the database does not answer. */
export async function GET() {
  const caller = createCallerFactory(appRouter)({ db: getDb(), viewer: null });
  const health = await caller.system.health();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

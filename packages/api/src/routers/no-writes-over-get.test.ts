// State changes never over GET (a link, an <img> or a prefetch must not write): every tRPC
// mutation is refused over GET by the handler the web app serves /api/trpc with, every GET of
// the REST API is a query, and a GET on a path that only writes is 405. The procedures are read
// from the router and the REST routes from their meta, so a new one is covered by existing.
import { getAuth, hashPassword, ROLES } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";
import { createContextFromHeaders } from "../context";
import { REST_ROUTES } from "../rest/routes";
import { appRouter } from "../root";
import { errorOf, REST_BASE, restHandler } from "../testing/rest";

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;
const typeOf = (path: string) => procedures[path]!._def.type;
const mutations = Object.keys(procedures).filter((path) => typeOf(path) === "mutation");

/** /api/trpc as apps/web/src/app/api/trpc/[trpc]/route.ts serves it, with the caller's cookie. */
const trpcRoute = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async ({ resHeaders }) => ({ ...(await createContextFromHeaders(req.headers)), resHeaders }),
  });

/** A session cookie of a user with every role, so a refusal is about the method, never the caller. */
let cookie: string;
beforeAll(async () => {
  const password = "correct horse battery";
  const user = await createTestUser(getDb(), { roles: [...ROLES], passwordHash: await hashPassword(password) });
  const signedIn = await getAuth().api.signInEmail({ body: { email: user.email, password }, asResponse: true });
  cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
});

const trpcGet = (paths: string[], input: unknown, batch: boolean) => {
  const encoded = superjson.serialize(input);
  const query = batch ? `batch=1&input=${encodeURIComponent(JSON.stringify(Object.fromEntries(paths.map((_, i) => [i, encoded]))))}` : `input=${encodeURIComponent(JSON.stringify(encoded))}`;
  return trpcRoute(new Request(`http://localhost/api/trpc/${paths.join(",")}?${query}`, { headers: { cookie } }));
};

describe("tRPC: mutations only over POST", () => {
  it("has only queries and mutations (a subscription would answer GET)", () => {
    expect(mutations.length).toBeGreaterThan(10);
    expect(Object.keys(procedures).filter((path) => !["query", "mutation"].includes(typeOf(path)))).toEqual([]);
  });

  it.each(mutations)("refuses GET of %s with 405", async (path) => {
    const response = await trpcGet([path], {}, false);
    expect(response.status).toBe(405);
    const body = (await response.json()) as { error: { json: { data: { code: string } } } };
    expect(body.error.json.data.code).toBe("METHOD_NOT_SUPPORTED");
  });

  it("refuses every mutation of a GET batch, and a batch that mixes them with a query as a whole", async () => {
    const batch = await trpcGet(mutations, {}, true);
    const results = (await batch.json()) as { error?: { json: { data: { code: string } } } }[];
    expect(results.map((r) => r.error?.json.data.code)).toEqual(mutations.map(() => "METHOD_NOT_SUPPORTED"));
    expect((await trpcGet(["viewer.me", mutations[0]!], {}, true)).status).toBe(400);
  });

  it("lets the same caller run a mutation over POST, so the refusals above are the method's", async () => {
    const response = await trpcRoute(
      new Request("http://localhost/api/trpc/apiKey.create", {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize({ name: "over POST" })),
      }),
    );
    expect(response.status).toBe(200);
  });
});

describe("REST: GET reads, writes never answer GET", () => {
  it("runs every GET operation with a query and every other method with a mutation", () => {
    expect(REST_ROUTES.map((r) => [r.method, r.path, typeOf(r.procedure)])).toEqual(
      REST_ROUTES.map((r) => [r.method, r.path, r.method === "GET" ? "query" : "mutation"]),
    );
  });

  const writeOnly = [...new Set(REST_ROUTES.map((r) => r.path))].filter((path) => !REST_ROUTES.some((r) => r.path === path && r.method === "GET"));

  it.each(writeOnly)("answers GET %s with 405, Allow and the error shape", async (path) => {
    const address = path.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000");
    const response = await restHandler(new Request(`${REST_BASE}${address}`));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).not.toMatch(/\bGET\b/);
    expect((await errorOf(response)).code).toBe("METHOD_NOT_ALLOWED");
  });
});

// Who may call what: one table, written here by hand, of every procedure in the API and the
// tier it requires. The first test keeps the table complete; the rest call every procedure as
// every kind of caller and check the refusals match the table exactly.
import { ROLES, type RoleName, type Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { createCallerFactory } from "../trpc";

type Tier = "public" | "signedIn" | RoleName;

/** Every procedure and who may call it. A new procedure needs a line here. */
const ACCESS: Record<string, Tier> = {
  "admin.users": "admin",
  "admin.createUser": "admin",
  "admin.setRoles": "admin",
  "admin.auditLog": "admin",
  "apiKey.list": "signedIn",
  "apiKey.create": "signedIn",
  "apiKey.revoke": "signedIn",
  "assistant.extract": "editor",
  "dyad.list": "public",
  "event.list": "signedIn",
  "event.get": "signedIn",
  "event.create": "editor",
  "event.update": "editor",
  "event.submit": "editor",
  "event.review": "reviewer",
  "event.retract": "reviewer",
  "event.comment": "signedIn",
  "event.reviewQueue": "reviewer",
  "event.myDrafts": "signedIn",
  "event.published": "public",
  "imports.list": "editor",
  "imports.get": "editor",
  "imports.confirm": "editor",
  "imports.cancel": "editor",
  "imports.skipped": "editor",
  "imports.dyads": "editor",
  "imports.approveAll": "admin",
  "imports.template": "public",
  "imports.formats": "public",
  "methodology.list": "public",
  "methodology.preview": "admin",
  "methodology.create": "admin",
  "reference.actors": "public",
  "release.list": "public",
  "release.get": "public",
  "release.latest": "public",
  "release.dyads": "public",
  "release.series": "public",
  "release.events": "public",
  "release.newestEvents": "public",
  "release.explain": "public",
  "release.corrections": "public",
  "release.drafts": "publisher",
  "release.draft": "publisher",
  "release.draftSeries": "publisher",
  "release.create": "publisher",
  "release.publish": "publisher",
  "release.discard": "publisher",
  "reference.cameoCodes": "public",
  "system.health": "public",
  "viewer.me": "signedIn",
  "v1.dyads.list": "public",
  "v1.dyads.series": "public",
  "v1.dyads.explain": "public",
  "v1.events.list": "public",
  "v1.events.get": "public",
  "v1.events.create": "editor",
  "v1.events.update": "editor",
  "v1.events.submit": "editor",
  "v1.events.review": "reviewer",
  "v1.releases.list": "public",
  "v1.releases.latest": "public",
  "v1.releases.get": "public",
  "v1.releases.create": "publisher",
  "v1.releases.publish": "publisher",
  "v1.methodology.get": "public",
  "v1.imports.get": "editor",
  "v1.imports.confirm": "editor",
  "v1.imports.cancel": "editor",
  "v1.imports.skipped": "editor",
  "v1.imports.approve": "admin",
};

const procedures = appRouter._def.procedures as Record<string, unknown>;
const paths = Object.keys(procedures).sort();

describe("the access table", () => {
  it("lists every procedure of the API, and only those", () => {
    const missing = paths.filter((p) => !(p in ACCESS));
    const stale = Object.keys(ACCESS).filter((p) => !(p in procedures));
    expect(
      missing,
      `${missing.join(", ")} ${missing.length === 1 ? "has" : "have"} no entry in ACCESS in packages/api/src/routers/access.test.ts: ` +
        `add each with the tier it requires ("public" | "signedIn" | ${ROLES.map((r) => `"${r}"`).join(" | ")}).`,
    ).toEqual([]);
    expect(stale, `ACCESS names procedures that no longer exist; remove them: ${stale.join(", ")}`).toEqual([]);
  });
});

type CallerKind = "anonymous" | "no role" | RoleName;
const CALLERS: CallerKind[] = ["anonymous", "no role", ...ROLES];

/** What the table says should happen to this caller; null means "let through". */
function expectedRefusal(tier: Tier, caller: CallerKind): "UNAUTHORIZED" | "FORBIDDEN" | null {
  if (tier === "public") return null;
  if (caller === "anonymous") return "UNAUTHORIZED";
  if (tier === "signedIn") return null;
  return caller === tier ? null : "FORBIDDEN";
}

/** Calls a procedure by its dotted path with a deliberately useless input, and reports the outcome. */
async function outcome(viewer: Viewer | null, path: string): Promise<string> {
  const caller = createCallerFactory(appRouter)({ db: getDb(), viewer }) as unknown as Record<string, unknown>;
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    await (procedure as (input: unknown) => Promise<unknown>)(undefined);
    return "ok";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `non-tRPC error: ${String(error)}`;
  }
}

describe("every procedure refuses exactly the callers the table says it should", () => {
  const viewers = new Map<CallerKind, Viewer | null>();
  beforeAll(async () => {
    viewers.set("anonymous", null);
    for (const kind of CALLERS.slice(1)) {
      const roles = kind === "no role" ? [] : [kind as RoleName];
      const user = await createTestUser(getDb(), { roles });
      viewers.set(kind, { id: user.id, name: user.name, email: user.email, roles });
    }
  });

  it.each(CALLERS)("as %s", async (kind) => {
    const viewer = viewers.get(kind)!;
    const wrong: string[] = [];
    for (const path of paths) {
      const tier = ACCESS[path];
      if (!tier) continue; // reported by the table test above
      const expected = expectedRefusal(tier, kind);
      const got = await outcome(viewer, path);
      const refused = got === "UNAUTHORIZED" || got === "FORBIDDEN";
      if (expected ? got !== expected : refused || got === "INTERNAL_SERVER_ERROR" || got.startsWith("non-tRPC")) {
        wrong.push(`${path} (${tier}): expected ${expected ?? "to be let through"}, got ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("lets a caller with several roles through every tier they hold", async () => {
    const user = await createTestUser(getDb(), { roles: ["editor", "reviewer"] });
    const viewer: Viewer = { id: user.id, name: user.name, email: user.email, roles: ["editor", "reviewer"] };
    for (const path of ["event.create", "event.review", "event.reviewQueue", "viewer.me"]) {
      expect(await outcome(viewer, path), path).not.toMatch(/^(UNAUTHORIZED|FORBIDDEN)$/);
    }
    expect(await outcome(viewer, "admin.users")).toBe("FORBIDDEN");
  });
});

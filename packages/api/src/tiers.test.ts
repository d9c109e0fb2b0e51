// Each procedure tier lets in exactly the callers it names.
import { ROLES, type RoleName, type Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import {
  adminProcedure,
  createCallerFactory,
  editorProcedure,
  publicProcedure,
  publisherProcedure,
  reviewerProcedure,
  router,
  signedInProcedure,
} from "./trpc";

const probe = router({
  public: publicProcedure.query(() => "ok"),
  signedIn: signedInProcedure.query(() => "ok"),
  editor: editorProcedure.query(() => "ok"),
  reviewer: reviewerProcedure.query(() => "ok"),
  publisher: publisherProcedure.query(() => "ok"),
  admin: adminProcedure.query(() => "ok"),
});
const callerFor = (viewer: Viewer | null) => createCallerFactory(probe)({ db: getDb(), viewer });
const viewerWith = (roles: RoleName[]): Viewer => ({ id: "u1", name: "Test", email: "t@test.rti.example", roles });

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    return String(await call());
  } catch (error) {
    return error instanceof TRPCError ? error.code : "unexpected";
  }
}

describe("procedure tiers", () => {
  it("signed-out callers reach only public procedures", async () => {
    const caller = callerFor(null);
    expect(await outcome(() => caller.public())).toBe("ok");
    for (const tier of ["signedIn", ...ROLES] as const) {
      expect(await outcome(() => caller[tier]())).toBe("UNAUTHORIZED");
    }
  });

  it.each(ROLES)("a %s reaches their own tier and no other role's", async (role) => {
    const caller = callerFor(viewerWith([role]));
    expect(await outcome(() => caller.signedIn())).toBe("ok");
    for (const other of ROLES) {
      expect(await outcome(() => caller[other]())).toBe(other === role ? "ok" : "FORBIDDEN");
    }
  });

  it("a signed-in user without roles is refused every role tier with a reason", async () => {
    const caller = callerFor(viewerWith([]));
    await expect(caller.editor()).rejects.toThrow(/needs the editor role/);
  });
});

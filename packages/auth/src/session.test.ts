// Signing in through better-auth, and how quickly revocations bite.
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { hashPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "./auth";
import { getViewer } from "./session";

const PASSWORD = "correct horse battery";
let passwordHash: string;
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function signIn(email: string, password = PASSWORD): Promise<Response> {
  return getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
}

/** Turns the response's Set-Cookie headers into the Cookie header a browser would send back. */
function cookieHeaders(response: Response): Headers {
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

describe("sign-in and the viewer", () => {
  it("signs in with email and password and reads the user's roles", async () => {
    const user = await createTestUser(getDb(), { roles: ["editor", "reviewer"], passwordHash });
    const response = await signIn(user.email);
    expect(response.status).toBe(200);
    expect(await getViewer(cookieHeaders(response))).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      roles: ["editor", "reviewer"],
    });
  });

  it("refuses a wrong password and gives no session", async () => {
    const user = await createTestUser(getDb(), { roles: ["editor"], passwordHash });
    const response = await signIn(user.email, "wrong password!");
    expect(response.status).toBe(401);
    expect(await getViewer(cookieHeaders(response))).toBeNull();
  });

  it("sees a revoked role on the very next request", async () => {
    const db = getDb();
    const user = await createTestUser(db, { roles: ["editor", "publisher"], passwordHash });
    const headers = cookieHeaders(await signIn(user.email));
    await db.userRole.delete({ where: { userId_role: { userId: user.id, role: "publisher" } } });
    expect((await getViewer(headers))?.roles).toEqual(["editor"]);
  });

  it("treats a revoked session as signed out on the very next request", async () => {
    const db = getDb();
    const user = await createTestUser(db, { roles: ["editor"], passwordHash });
    const headers = cookieHeaders(await signIn(user.email));
    expect(await getViewer(headers)).not.toBeNull();
    await db.session.deleteMany({ where: { userId: user.id } });
    expect(await getViewer(headers)).toBeNull();
  });
});

describe("sign-in audit", () => {
  it("records successful and failed sign-ins, with who and when", async () => {
    const db = getDb();
    const user = await createTestUser(db, { roles: ["editor"], passwordHash });
    await signIn(user.email, "wrong password!");
    await signIn(user.email);
    const entries = await db.auditLog.findMany({ where: { actorEmail: user.email }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ["auth.sign_in_failed", null],
      ["auth.sign_in", user.id],
    ]);
    expect(entries[1]?.entityId).toMatch(/\S/);
  });
});

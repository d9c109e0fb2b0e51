// Password guessing is limited per client address: past RTI_SIGN_IN_LIMIT attempts in a minute
// every sign-in from that address is 429, the right password too, while others sign in as usual.
// The address is read from X-Forwarded-For, as in production (Next sets it to the connection's).
import { ConfigError, getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { hashPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "./auth";
import { postSignIn, testAddress } from "./testing/sign-in";

const PASSWORD = "correct horse battery";
const LIMIT = 4;
const auth = createAuth({ ...process.env, RTI_SIGN_IN_LIMIT: String(LIMIT) });
let email: string;

beforeAll(async () => {
  email = (await createTestUser(getDb(), { roles: ["editor"], passwordHash: await hashPassword(PASSWORD) })).email;
});

describe("sign-in rate limit", () => {
  it("refuses an address with 429 after RTI_SIGN_IN_LIMIT attempts in a minute, even with the right password; other addresses still sign in", async () => {
    const guesser = testAddress();
    for (let i = 0; i < LIMIT; i++) expect((await postSignIn(auth, { email, password: `wrong guess ${i}!`, ip: guesser })).status).toBe(401);

    const over = await postSignIn(auth, { email, password: "one guess too many", ip: guesser });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("x-retry-after"))).toBeGreaterThan(0);
    const right = await postSignIn(auth, { email, password: PASSWORD, ip: guesser });
    expect(right.status).toBe(429);
    expect(right.headers.getSetCookie()).toEqual([]);

    let other = testAddress();
    while (other === guesser) other = testAddress();
    expect((await postSignIn(auth, { email, password: PASSWORD, ip: other })).status).toBe(200);
  });

  it("refuses a limit that is not a whole number, rather than running without one", () => {
    for (const bad of ["ten", "0", "-1", "2.5"]) expect(() => createAuth({ ...process.env, RTI_SIGN_IN_LIMIT: bad })).toThrow(ConfigError);
  });
});

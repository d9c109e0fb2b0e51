// Session cookies as a browser receives them from sign-in: never readable by scripts, not sent
// on cross-site subrequests, and Secure whenever the site's public origin is https.
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { hashPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "./auth";
import { postSignIn, testAddress } from "./testing/sign-in";

const PASSWORD = "correct horse battery";
let passwordHash: string;
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

/** Each Set-Cookie of a response as its name and its attributes, lower-cased, valueless ones as "". */
function setCookies(response: Response) {
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(";").map((part) => part.trim());
    const entries = attributes.map((a) => {
      const at = a.indexOf("=");
      return at === -1 ? [a.toLowerCase(), ""] : [a.slice(0, at).toLowerCase(), a.slice(at + 1)];
    });
    return { name: pair!.slice(0, pair!.indexOf("=")), attributes: Object.fromEntries(entries) as Record<string, string> };
  });
}

async function signInAt(origin: string) {
  const auth = createAuth({ ...process.env, BETTER_AUTH_URL: origin });
  const user = await createTestUser(getDb(), { roles: ["editor"], passwordHash });
  const response = await postSignIn(auth, { email: user.email, password: PASSWORD, ip: testAddress() });
  expect(response.status).toBe(200);
  const cookies = setCookies(response);
  expect(cookies.map((c) => c.name)).toContainEqual(expect.stringMatching(/session_token$/));
  return cookies;
}

describe("session cookies", () => {
  it("over plain http (the demo on localhost): HttpOnly, SameSite=Lax, not Secure", async () => {
    for (const { name, attributes } of await signInAt("http://localhost:3000")) {
      expect(attributes, name).toHaveProperty("httponly");
      expect(attributes.samesite?.toLowerCase(), name).toBe("lax");
      expect(attributes, name).not.toHaveProperty("secure");
      expect(name).not.toMatch(/^__Secure-/);
    }
  });

  it("when the public origin is https (served over TLS, or behind a TLS proxy): also Secure, with the __Secure- prefix", async () => {
    for (const { name, attributes } of await signInAt("https://rti.example")) {
      expect(attributes, name).toHaveProperty("httponly");
      expect(attributes.samesite?.toLowerCase(), name).toBe("lax");
      expect(attributes, name).toHaveProperty("secure");
      expect(name).toMatch(/^__Secure-/);
    }
  });
});

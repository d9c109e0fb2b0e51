// Signing in as a browser does in tests: a POST to the auth route handler, so better-auth's
// rate limiter and cookie code run (the server-side `auth.api` calls skip the limiter), from a
// client address given as X-Forwarded-For, the header Next fills in with the connection's address.
import { randomInt } from "node:crypto";
import type { createAuth } from "../auth";

type Auth = ReturnType<typeof createAuth>;

export function postSignIn(auth: Auth, { email, password, ip }: { email: string; password: string; ip: string }): Promise<Response> {
  const origin = auth.options.baseURL as string;
  return auth.handler(
    new Request(new URL("/api/auth/sign-in/email", origin), {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: origin, "X-Forwarded-For": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

/** An address of the 198.18.0.0/15 test range, so each test counts against a limit of its own. */
export const testAddress = () => `198.${randomInt(18, 20)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

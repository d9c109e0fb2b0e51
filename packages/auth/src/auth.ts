// Sign-in is better-auth (email + password, database sessions through Prisma). Created
// lazily: building the web app must not need a database or a secret.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { getDb } from "@rti/db";

function createAuth() {
  return betterAuth({
    appName: "Relations Tension Index",
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    secret: process.env.BETTER_AUTH_SECRET,
    baseURL: process.env.BETTER_AUTH_URL,
    trustedOrigins: (process.env.BETTER_AUTH_TRUSTED_ORIGINS ?? "").split(",").filter(Boolean),
    // Accounts are made by admins (and the demo seed), never by self-service sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    // Sessions are looked up in the database on every request (no cookie cache), so a
    // revoked session stops working on the next request.
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { rtiAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.rtiAuth ??= createAuth();
  return globalForAuth.rtiAuth;
}

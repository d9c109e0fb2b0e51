// Sign-in is better-auth (email + password, database sessions through Prisma). Created
// lazily: building the web app must not need a database or a secret.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { ConfigError, getDb, writeAudit } from "@rti/db";

/** Sign-ins, failed sign-ins and sign-outs go into the audit log like every other write. */
const auditSignIns = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email" && ctx.path !== "/sign-out") return;
  const failed = isAPIError(ctx.context.returned);
  const session = ctx.context.newSession ?? ctx.context.session;
  const email = typeof ctx.body?.email === "string" ? ctx.body.email.toLowerCase() : (session?.user.email ?? null);
  const meta = { ip: ctx.request?.headers.get("x-forwarded-for") ?? null, userAgent: ctx.request?.headers.get("user-agent") ?? null };
  await writeAudit(getDb(), {
    actor: session && !failed ? { id: session.user.id, email: session.user.email } : email ? { id: null, email } : null,
    action: ctx.path === "/sign-out" ? "auth.sign_out" : failed ? "auth.sign_in_failed" : "auth.sign_in",
    entityType: "session",
    entityId: session && !failed ? session.session.id : null,
    meta,
  });
});

/** Sign-in attempts allowed per minute from one address: RTI_SIGN_IN_LIMIT, 10 when unset. */
function signInLimit(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 10;
  const n = Number(raw);
  // better-auth would read NaN as "no limit": a typo must not switch password guessing back on.
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`RTI_SIGN_IN_LIMIT must be a whole number of attempts per minute, 1 or more (got "${raw}").`);
  return n;
}

/** The auth instance for a configuration (process.env in the app; tests pass their own). */
export function createAuth(env: Record<string, string | undefined> = process.env) {
  const baseURL = env.BETTER_AUTH_URL;
  return betterAuth({
    appName: "Relations Tension Index",
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    secret: env.BETTER_AUTH_SECRET,
    baseURL,
    trustedOrigins: (env.BETTER_AUTH_TRUSTED_ORIGINS ?? "").split(",").filter(Boolean),
    // Accounts are made by admins (and the demo seed), never by self-service sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    // Sessions are looked up in the database on every request (no cookie cache), so a
    // revoked session stops working on the next request.
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    hooks: { after: auditSignIns },
    advanced: {
      // Stated rather than left to better-auth's defaults (the same today): session cookies are
      // out of scripts' reach, not sent on cross-site subrequests, and Secure (with the __Secure-
      // prefix) whenever the public origin is https, as it is behind a TLS proxy; plain
      // http://localhost keeps working for the demo.
      useSecureCookies: baseURL ? baseURL.startsWith("https://") : undefined,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // Password guessing is slowed per client address (X-Forwarded-For, which Next fills in with
    // the connection's address when a request comes without one); the end-to-end tests, which sign in many times from one
    // address, raise the limit.
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: signInLimit(env.RTI_SIGN_IN_LIMIT) } },
    },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { rtiAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.rtiAuth ??= createAuth();
  return globalForAuth.rtiAuth;
}

// One REST API key per demo user, so the API can be tried at once. Like the demo passwords they
// are public: DEMO_API_KEY_<ROLE> when set, else a fixed value. Known values, not random ones,
// because only a key's hash is stored: a random key could be printed on the first start only.
import { createApiKey, hashApiKey, isApiKeyShaped } from "@rti/auth";
import { ConfigError, type Db, type Role } from "@rti/db";
import { DEMO_USERS } from "./demo-users";

export interface DemoApiKey {
  role: Role;
  key: string;
  /** Revoked in the studio since: printed as such, and not made again. */
  revoked: boolean;
}

const variable = (role: Role) => `DEMO_API_KEY_${role.toUpperCase()}`;

function demoKey(role: Role, env: Record<string, string | undefined>): string {
  const key = env[variable(role)] || `rti_demo-${role}-key`;
  if (!isApiKeyShaped(key)) throw new ConfigError(`${variable(role)} must be "rti_" followed by 8 to 200 letters, digits, "-" or "_".`);
  return key;
}

/**
 * Makes sure each demo user has their demo key (run at every demo start, so a key set in the
 * environment later is added then). Returns the keys to print.
 */
export async function ensureDemoApiKeys(
  db: Db,
  env: Record<string, string | undefined> = process.env,
  users: { role: Role; email: string }[] = DEMO_USERS,
): Promise<DemoApiKey[]> {
  const keys: DemoApiKey[] = [];
  for (const { role, email } of users) {
    const key = demoKey(role, env);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true } });
    const existing = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) }, select: { userId: true, revokedAt: true } });
    if (existing && existing.userId !== user.id) throw new ConfigError(`${variable(role)} is already the API key of another account; give each demo role its own key.`);
    if (!existing) await createApiKey(db, user, "Demo key", { key });
    keys.push({ role, key, revoked: !!existing?.revokedAt });
  }
  return keys;
}

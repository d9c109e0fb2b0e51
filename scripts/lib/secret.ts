// better-auth signs session cookies with a secret. Without BETTER_AUTH_SECRET one is made
// once and kept beside the embedded data, so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function authSecret(dataDir: string): { secret: string; generated: boolean } {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return { secret: fromEnv, generated: false };
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return { secret: readFileSync(file, "utf8").trim(), generated: true };
}

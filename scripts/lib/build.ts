// "Builds if needed": the production build is redone when any source it was made from
// changed, judged by a hash of those files stored beside the build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartupError } from "./fail";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const WEB = path.join(ROOT, "apps/web");
// NEXT_DIST_DIR (apps/web/next.config.ts) lets several builds live side by side.
const DIST = path.join(WEB, process.env.NEXT_DIST_DIR ?? ".next");
const STAMP = path.join(DIST, "rti-source-hash");
const SKIP = new Set(["node_modules", ".turbo", "generated", "test-results", "screenshots"]);

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    // Build output (.next, .next-*) is not a source.
    if (SKIP.has(name) || name.startsWith(".next")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  const roots = ["apps/web", "packages", "prisma/schema.prisma", "package-lock.json"].map((p) => path.join(ROOT, p));
  for (const root of roots) {
    for (const file of statSync(root).isDirectory() ? files(root) : [root]) {
      hash.update(path.relative(ROOT, file)).update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export function buildIfNeeded(log: (msg: string) => void): void {
  const hash = sourceHash();
  if (existsSync(path.join(DIST, "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash) {
    log("Production build is up to date.");
    return;
  }
  log("Building the web app for production (about a minute the first time)…");
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: WEB,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new StartupError("The production build failed; its errors are printed above.");
  writeFileSync(STAMP, hash);
}

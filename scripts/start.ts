// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → seed → build if
// needed → production server on PORT. Ends with one clear sentence when configuration is wrong.
// `npm run dev` (--dev) does the same with Next's development server and no build.
import { spawn } from "node:child_process";
import path from "node:path";
import { assertReachable, createPrismaClient, redactUrl } from "@rti/db";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@rti/db/embedded";
import { applyMigrations } from "@rti/db/migrate";
import { seedReference } from "@rti/db/seed";
import { DEMO_USERS, ensureDemoApiKeys, seedDemo, type DemoApiKey } from "@rti/api/demo";
import { failInterruptedImports } from "@rti/api/imports";
import { rateLimitSettings } from "@rti/api/rate-limit";
import { cacheMegabytes } from "@rti/api/response-cache";
import { buildIfNeeded, ROOT } from "./lib/build";
import { exitWithSentence } from "./lib/fail";
import { assertPortFree, parsePort, waitForPort } from "./lib/port";
import { authSecret } from "./lib/secret";

const log = (msg: string) => console.log(`[rti] ${msg}`);

async function main() {
  const port = parsePort(process.env.PORT, 3000);
  // A bad limit or cache size stops the start here, not at the first API request.
  rateLimitSettings();
  cacheMegabytes();
  await assertPortFree(port);
  const dataDir = path.resolve(ROOT, process.env.RTI_DATA_DIR ?? ".rti-data");

  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (url) {
    await assertReachable(url);
    log(`Database: ${redactUrl(url)}`);
  } else {
    log(`Starting the embedded PostgreSQL (PGlite) with its data in ${path.relative(ROOT, dataDir) || "."}/pglite …`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
    url = embedded.url;
  }
  const demo = !process.env.DATABASE_URL || process.env.SEED_DEMO === "1";

  const { applied } = await applyMigrations(url, { log });
  log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");

  const db = createPrismaClient(url);
  let demoKeys: DemoApiKey[] = [];
  try {
    await seedReference(db);
    if (demo && (await seedDemo(db))) log("Seeded demo users and events.");
    if (demo) demoKeys = await ensureDemoApiKeys(db);
    const interrupted = await failInterruptedImports(db);
    if (interrupted) log(`Marked ${interrupted} import(s) that the last stop interrupted as failed; nothing of them was saved.`);
  } finally {
    await db.$disconnect();
  }

  const dev = process.argv.includes("--dev");
  if (!dev) buildIfNeeded(log);

  const { secret } = authSecret(dataDir);
  const origin = `http://localhost:${port}`;
  // Production runs apps/web/server/main.ts: Next behind the page cache.
  const command = dev ? [path.join(ROOT, "node_modules/next/dist/bin/next"), "dev", "-p", String(port)] : [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "server/main.ts"];
  const server = spawn(process.execPath, command, {
    cwd: path.join(ROOT, "apps/web"),
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      RTI_DATA_DIR: dataDir,
      // The server renders public pages for its page cache by asking itself (apps/web/server/page-cache.ts).
      PORT: String(port),
      NODE_ENV: dev ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_SECRET: secret,
      BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? origin,
      BETTER_AUTH_TRUSTED_ORIGINS: process.env.BETTER_AUTH_TRUSTED_ORIGINS ?? `http://127.0.0.1:${port}`,
    },
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 1));

  await waitForPort(port);
  console.log(`\n  Relations Tension Index is running at ${origin}\n`);
  if (demo) {
    console.log("  Demo sign-ins (demo mode only; studio at /studio):");
    for (const u of DEMO_USERS) console.log(`    ${u.role.padEnd(9)} ${u.email.padEnd(28)} password: ${u.password}`);
    console.log("  Demo API keys (Authorization: Bearer <key>; choose them with DEMO_API_KEY_EDITOR and so on):");
    for (const k of demoKeys) console.log(`    ${k.role.padEnd(9)} ${k.key}${k.revoked ? "  (revoked in the studio)" : ""}`);
    console.log("");
  }
  console.log("  Press Ctrl+C to stop.\n");
}

main().catch(exitWithSentence);

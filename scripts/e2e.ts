// `npm run test:e2e`: a fresh database, the product started exactly as `npm start` does (with
// demo data), and Playwright in Debian's Chromium against it. Leaves nothing behind.
import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "@rti/db/embedded";
import { createFreshDatabase } from "@rti/db/testing";
import { ROOT } from "./lib/build";
import { ensureChromium } from "./lib/chromium";
import { exitWithSentence } from "./lib/fail";

const log = (msg: string) => console.log(`[e2e] ${msg}`);

async function main() {
  const chromium = ensureChromium(log);
  const database = await createFreshDatabase("e2e");
  log(`database: ${database.kind}`);
  const port = await freePort();
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", "--config", "e2e/playwright.config.ts", ...process.argv.slice(2)],
        {
          cwd: ROOT,
          stdio: "inherit",
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            SEED_DEMO: "1",
            PORT: String(port),
            CHROMIUM_PATH: chromium,
            // Every test signs in from 127.0.0.1, far past a person's sign-in rate limit.
            RTI_SIGN_IN_LIMIT: "1000",
            // …and reads the API anonymously from that one address too.
            RTI_API_ANON_LIMIT: "100000",
          },
        },
      );
      child.on("exit", (c) => resolve(c ?? 1));
    });
    process.exitCode = code;
  } finally {
    await database.drop();
  }
}

main().catch(exitWithSentence);

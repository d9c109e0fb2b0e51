import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e`, which prepares a fresh database and sets these variables.
const port = Number(process.env.PORT ?? 3100);
// E2E_BASE_URL points a single spec at a server you already run (e.g. `npm run dev`) while working on it.
const existing = process.env.E2E_BASE_URL;
const baseURL = existing ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: ".",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores run the server, the database and two browsers: a long studio journey needs more than the default 30 s.
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without the networking flags Chromium floods the closed network with refused connections.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: existing
    ? undefined
    : {
        // The product's own start command: migrations, demo seed, build if needed, production server.
        command: "npx tsx scripts/start.ts",
        cwd: "..",
        url: `${baseURL}/api/health`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
      },
});

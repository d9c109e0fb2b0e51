import { defineConfig } from "vitest/config";

// Unit and integration tests of every package. Integration tests share one fresh database
// per run (see packages/db/src/testing) and make their own uniquely named data.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.ts", "apps/web/server/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["packages/db/src/testing/global-setup.ts"],
    setupFiles: ["packages/db/src/testing/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import path from "node:path";
import { defineConfig } from "vitest/config";

// The fault-injection suite (issue 8, "Faults"): each test starts the production server, and
// one a PostgreSQL cluster of its own, then breaks them. Files run one at a time (two servers
// building and importing at once would starve each other), with room for a production build.
export default defineConfig({
  test: {
    root: path.resolve(import.meta.dirname, ".."),
    include: ["faults/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 10 * 60_000,
    hookTimeout: 15 * 60_000,
  },
});

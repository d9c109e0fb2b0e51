// The production server for a benchmark (scripts/lib/production-server.ts) on a database the
// benchmark prepared, with rate limits high enough not to refuse the load.
import { startProductionServer, type ProductionServer } from "../lib/production-server";

/** Redis when there is one (as a deployment of several servers would have): cheaper per request than PostgreSQL. */
export const benchRedisUrl = () => process.env.REDIS_URL ?? process.env.TEST_REDIS_URL ?? "";

export type BenchServer = ProductionServer;

export function startBenchServer(databaseUrl: string, port: number): Promise<BenchServer> {
  return startProductionServer({
    databaseUrl,
    port,
    env: { RTI_API_ANON_LIMIT: "1000000000", RTI_API_KEY_LIMIT: "1000000000", SEED_DEMO: "0", REDIS_URL: benchRedisUrl() },
    // The server's complaints (not its banner) reach the benchmark's reader.
    onLine: (line) => (/error|warn|fail/i.test(line) ? console.error(`[server] ${line}`) : undefined),
  });
}

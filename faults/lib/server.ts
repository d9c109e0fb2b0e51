// The production server for a fault test (scripts/lib/production-server.ts) with the demo users
// (SEED_DEMO=1, so the demo API keys work), on a port set aside for this suite, its output
// printed line by line as [server] ….
import { startProductionServer as start, type ProductionServer } from "../../scripts/lib/production-server";
import { log, print } from "./log";
import { freePortIn } from "./ports";

export type { ProductionServer };

/** Starts the server on `databaseUrl` with `dataDir` as its RTI_DATA_DIR (auth secret, uploaded files). */
export async function startProductionServer(databaseUrl: string, dataDir: string): Promise<ProductionServer> {
  const port = await freePortIn(3700, 3749);
  log(`starting the production server (scripts/start.ts) on port ${port}`);
  const server = await start({ databaseUrl, port, env: { SEED_DEMO: "1", RTI_DATA_DIR: dataDir }, onLine: (line) => print(`[server] ${line}`) });
  log(`the production server (process group ${server.pid}) answers on ${server.url}`);
  return server;
}
